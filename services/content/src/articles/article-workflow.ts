// The review workflow: what the public reads was put there by a reviewer. Editors draft and submit;
// a change by a non-reviewer to content that is (or was) public sends it back to review.
import { AppError, fieldError } from '@strata/api';
import { contentMessage } from '../locales';
import type { ArticleStatus } from './article-schemas';

/** Statuses only a reviewer sets; content in them is, or was, public. */
export const reviewerStatuses: readonly ArticleStatus[] = ['published', 'archived'];

type Change = { current: ArticleStatus | null; requested: ArticleStatus | undefined; mayReview: boolean };

/** The status an article ends in after a change by this caller, or the error if they may not make it. */
export function statusAfterChange({ current, requested, mayReview }: Change): ArticleStatus {
  if (mayReview) return requested ?? current ?? 'draft';
  if (requested && reviewerStatuses.includes(requested)) throw fieldError('status', contentMessage('reviewRequired'));
  if (current && reviewerStatuses.includes(current)) {
    if (requested && requested !== 'review') throw fieldError('status', contentMessage('reviewRequired'));
    return 'review';
  }
  return requested ?? current ?? 'draft';
}

/** Deleting content that was ever public is a reviewer's act. */
export function assertMayDelete(status: ArticleStatus, mayReview: boolean) {
  if (!mayReview && reviewerStatuses.includes(status))
    throw new AppError('FORBIDDEN', contentMessage('reviewRequired'));
}

/**
 * The publication date a change sets: stamped when an article becomes published, left alone otherwise
 * (undefined), so an edit keeps the date readers saw and archiving keeps the record of when it went out.
 */
export function publicationDate(from: ArticleStatus | null, to: ArticleStatus, now: Date): Date | undefined {
  return to === 'published' && from !== 'published' ? now : undefined;
}
