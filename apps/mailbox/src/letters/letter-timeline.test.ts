// The timeline's words: each step by its name, the route between units, who took it and what they wrote; a rating
// in the reader's words.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../testing/render';
import { ratingText, toTimelineEvents } from './letter-timeline';

const event = (kind: string, more: Partial<Parameters<typeof toTimelineEvents>[0][number]> = {}) => ({
  id: 1,
  kind,
  byUnitName: null,
  toUnitName: null,
  actorName: null,
  text: '',
  at: '2026-03-02T01:30:00.000Z',
  ...more,
});

describe('a rating on the timeline', () => {
  it('reads in the reader’s words, with the comment', () => {
    const zh = testI18n('zh-CN').t;
    expect(ratingText('satisfied', zh)).toBe('满意');
    expect(ratingText('dissatisfied: 没解决', zh)).toBe('不满意：没解决');
    expect(ratingText('basic: ok', testI18n('en-US').t)).toBe('Fairly satisfied: ok');
  });

  it('leaves other text as it is', () => {
    expect(ratingText('whatever: x', testI18n().t)).toBe('whatever: x');
  });
});

describe('the timeline events', () => {
  it('mark the last one current and keep the order and times', () => {
    const events = toTimelineEvents(
      [event('received'), { ...event('assigned', { byUnitName: '城关镇', toUnitName: '机关支部' }), id: 2 }],
      testI18n().t,
    );
    expect(events.map((e) => [e.key, e.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(events[1]?.at).toBe('2026-03-02T01:30:00.000Z');
  });

  it('name an unknown step by its key rather than failing', () => {
    const [only] = toTimelineEvents([event('somethingNew')], testI18n().t);
    expect(only?.title).toBeTruthy();
  });
});
