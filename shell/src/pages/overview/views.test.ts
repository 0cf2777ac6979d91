import type { RemoteWidget } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import { cardsByView, landingView } from './views';
import type { ShownCard } from './widget-query';

const card = (id: string, home?: RemoteWidget['home']): ShownCard => ({
  remote: 'team',
  module: '/m.js',
  widget: { id, title: { 'en-US': id }, ...(home ? { home } : {}) },
});
const figures = ['freshness', 'letters', 'stages', 'collection', 'hours', 'coverage'].map((id) => card(id));
const own = [card('news', 'own'), card('learning', 'own')];

describe('cardsByView', () => {
  it('keeps the dashboard’s cards apart and puts the work before the user’s own, each in its order', () => {
    const views = cardsByView([own[0] as ShownCard, card('queue', 'work'), card('letters'), card('drafts', 'work')]);
    expect(views.dashboard.map((c) => c.widget.id)).toEqual(['letters']);
    expect(views.mine.map((c) => c.widget.id)).toEqual(['queue', 'drafts', 'news']);
    expect(views.work).toBe(2);
  });
});

describe('landingView', () => {
  const land = (cards: ShownCard[], asked: string | null = null) => landingView(asked, cardsByView(cards));

  it('lands those who oversee more than they work on the dashboard', () => {
    // A municipal admin: every figure, and the queues their grant also opens.
    expect(land([...figures, card('drafts', 'work'), card('review', 'work'), card('queue', 'work'), ...own])).toBe(
      'cards',
    );
    // A dues officer: one figure, no queue, their own dues.
    expect(land([card('collection'), ...own])).toBe('cards');
  });

  it('lands those who work a queue, and members, on their own page', () => {
    // A reviewer sees the columns' freshness but has drafts and a queue to work.
    expect(land([card('freshness'), card('drafts', 'work'), card('review', 'work'), ...own])).toBe('mine');
    // A handler: the letters' figures and their queue alike.
    expect(land([card('letters'), card('queue', 'work')])).toBe('mine');
    expect(land([card('teaching', 'work'), ...own])).toBe('mine');
    expect(land(own)).toBe('mine');
  });

  it('never opens an empty view by itself, and keeps the view asked for', () => {
    expect(land(figures)).toBe('cards');
    expect(land([])).toBe('mine');
    expect(land(figures, 'mine')).toBe('mine');
    expect(land(own, 'ranking')).toBe('ranking');
    expect(land(own, 'nonsense')).toBe('mine');
  });
});
