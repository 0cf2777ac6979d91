import { describe, expect, it } from 'vitest';
import { assertMayDelete, publicationDate, statusAfterChange } from './article-workflow';

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

  it('lets only a reviewer delete what was public', () => {
    expect(() => assertMayDelete('published', false)).toThrow('content.reviewRequired');
    expect(() => assertMayDelete('archived', false)).toThrow('content.reviewRequired');
    expect(() => assertMayDelete('draft', false)).not.toThrow();
    expect(() => assertMayDelete('review', false)).not.toThrow();
    expect(() => assertMayDelete('published', true)).not.toThrow();
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
