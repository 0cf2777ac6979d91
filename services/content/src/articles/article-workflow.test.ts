import { describe, expect, it } from 'vitest';
import {
  articleActions,
  assertMayWithdraw,
  deletionOf,
  publicationDate,
  statusAfterChange,
  wasPublic,
} from './article-workflow';

describe('the review workflow', () => {
  const editor = { mayReview: false };
  const reviewer = { mayReview: true };

  it('lets an editor draft and submit, and keeps an unchanged status', () => {
    expect(statusAfterChange({ ...editor, current: null, requested: 'draft' })).toBe('draft');
    expect(statusAfterChange({ ...editor, current: 'draft', requested: 'review' })).toBe('review');
    expect(statusAfterChange({ ...editor, current: 'review', requested: 'draft' })).toBe('draft');
    expect(statusAfterChange({ ...editor, current: 'draft', requested: undefined })).toBe('draft');
    expect(statusAfterChange({ ...editor, current: null, requested: undefined })).toBe('draft');
  });

  it('sends an editor’s change of published or archived content back to review', () => {
    expect(statusAfterChange({ ...editor, current: 'published', requested: undefined })).toBe('review');
    expect(statusAfterChange({ ...editor, current: 'archived', requested: undefined })).toBe('review');
    expect(statusAfterChange({ ...editor, current: 'published', requested: 'review' })).toBe('review');
  });

  it('refuses an editor publishing, archiving or pulling public content back to draft', () => {
    for (const requested of ['published', 'archived'] as const)
      expect(() => statusAfterChange({ ...editor, current: 'review', requested })).toThrow('content.reviewRequired');
    expect(() => statusAfterChange({ ...editor, current: 'published', requested: 'draft' })).toThrow(
      'content.reviewRequired',
    );
  });

  it('lets a reviewer set any status, and keeps published content published on an edit', () => {
    expect(statusAfterChange({ ...reviewer, current: 'review', requested: 'published' })).toBe('published');
    expect(statusAfterChange({ ...reviewer, current: 'published', requested: undefined })).toBe('published');
    expect(statusAfterChange({ ...reviewer, current: 'published', requested: 'draft' })).toBe('draft');
    expect(statusAfterChange({ ...reviewer, current: null, requested: undefined })).toBe('draft');
  });
});

describe('deleting and withdrawing', () => {
  const once = new Date('2026-03-01T08:00:00Z');
  const neverPublic = [
    { status: 'draft', publishedAt: null },
    { status: 'review', publishedAt: null },
  ] as const;
  const everPublic = [
    { status: 'published', publishedAt: once },
    { status: 'archived', publishedAt: once },
    // Published once, then sent back by an editor's edit or pulled back to draft by a reviewer.
    { status: 'review', publishedAt: once },
    { status: 'draft', publishedAt: once },
    // Archived without a date (rows from before the date was kept): a reviewer's status, so public.
    { status: 'archived', publishedAt: null },
  ] as const;

  it('tells content the public read by its publication date or a reviewer’s status', () => {
    for (const article of neverPublic) expect(wasPublic(article)).toBe(false);
    for (const article of everPublic) expect(wasPublic(article)).toBe(true);
  });

  it('deletes a never-public draft outright, whoever writes it', () => {
    for (const article of neverPublic) {
      expect(deletionOf(article, false)).toBe('outright');
      expect(deletionOf(article, true)).toBe('outright');
    }
  });

  it('moves what was ever public to the recycle bin, and only for a reviewer', () => {
    for (const article of everPublic) {
      expect(deletionOf(article, true)).toBe('recycleBin');
      expect(() => deletionOf(article, false)).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN', key: 'content.reviewRequired' }),
      );
    }
  });

  it('lets a reviewer withdraw what is published now, nothing else, and nobody else', () => {
    expect(() => assertMayWithdraw('published', true)).not.toThrow();
    for (const status of ['draft', 'review', 'archived'] as const)
      expect(() => assertMayWithdraw(status, true)).toThrow(
        expect.objectContaining({ code: 'CONFLICT', key: 'content.notPublished' }),
      );
    expect(() => assertMayWithdraw('published', false)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', key: 'content.reviewRequired' }),
    );
  });

  it('offers the console exactly what the procedures would allow', () => {
    const published = { status: 'published', publishedAt: once } as const;
    const draft = { status: 'draft', publishedAt: null } as const;
    const sentBack = { status: 'review', publishedAt: once } as const;
    const reviewer = { mayWrite: true, mayReview: true };
    const editor = { mayWrite: true, mayReview: false };
    const reader = { mayWrite: false, mayReview: false };
    expect(articleActions(published, reviewer)).toEqual({ withdraw: true, delete: 'recycleBin' });
    expect(articleActions(sentBack, reviewer)).toEqual({ withdraw: false, delete: 'recycleBin' });
    expect(articleActions(draft, reviewer)).toEqual({ withdraw: false, delete: 'outright' });
    expect(articleActions(published, editor)).toEqual({ withdraw: false, delete: null });
    expect(articleActions(sentBack, editor)).toEqual({ withdraw: false, delete: null });
    expect(articleActions(draft, editor)).toEqual({ withdraw: false, delete: 'outright' });
    expect(articleActions(published, reader)).toEqual({ withdraw: false, delete: null });
    expect(articleActions(draft, reader)).toEqual({ withdraw: false, delete: null });
  });
});

describe('the publication date', () => {
  const now = new Date('2026-03-01T08:00:00Z');

  it('is stamped when an article becomes published, from any other status or when new', () => {
    for (const from of [null, 'draft', 'review', 'archived'] as const)
      expect(publicationDate(from, 'published', now)).toBe(now);
  });

  it('is left alone by an edit of published content and by every other change', () => {
    expect(publicationDate('published', 'published', now)).toBeUndefined();
    expect(publicationDate('published', 'archived', now)).toBeUndefined();
    expect(publicationDate('published', 'review', now)).toBeUndefined();
    expect(publicationDate(null, 'draft', now)).toBeUndefined();
    expect(publicationDate('draft', 'review', now)).toBeUndefined();
  });
});
