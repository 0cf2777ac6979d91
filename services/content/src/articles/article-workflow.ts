// The review workflow: what the public reads was put there by a reviewer. Editors draft and submit;
// a change by a non-reviewer to content that is (or was) public sends it back to review.
import { AppError, fieldError, type Instant } from '@strata/api';
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

type Publicness = { status: ArticleStatus; publishedAt: Instant | null };

/**
 * Content the public read: it was published once (`publishedAt` is stamped then and never cleared), or it
 * stands in a reviewer's status. An editor's edit may send such content back to review; it stays ever-public.
 */
export const wasPublic = (article: Publicness) =>
  article.publishedAt !== null || reviewerStatuses.includes(article.status);

/** Gone for good (a draft nobody read) or into the recycle bin (restorable for a while). */
export type Deletion = 'outright' | 'recycleBin';

/**
 * How a delete by this caller ends, or null if they may not delete it: a draft that was never public is its
 * writers' to delete outright (the audit entry keeps its last image); what was ever public is a reviewer's to
 * delete, and goes to the recycle bin, since readers may ask where it went.
 */
export function deletionFor(article: Publicness, mayReview: boolean): Deletion | null {
  if (!wasPublic(article)) return 'outright';
  return mayReview ? 'recycleBin' : null;
}

/** The deletion this caller may make, or the error that says it is a reviewer's. */
export function deletionOf(article: Publicness, mayReview: boolean): Deletion {
  const deletion = deletionFor(article, mayReview);
  if (!deletion) throw new AppError('FORBIDDEN', contentMessage('reviewRequired'));
  return deletion;
}

/** Withdrawing takes a published article off the public site into the archive, where the console keeps it. */
export const withdrawnStatus = 'archived' satisfies ArticleStatus;

/** Only a reviewer withdraws, and only what is published now. */
export function assertMayWithdraw(status: ArticleStatus, mayReview: boolean) {
  if (!mayReview) throw new AppError('FORBIDDEN', contentMessage('reviewRequired'));
  if (status !== 'published') throw new AppError('CONFLICT', contentMessage('notPublished'));
}

/** What a caller may do to an article, for the console to offer: the same rules, asked without throwing. */
export function articleActions(
  article: Publicness,
  { mayWrite, mayReview }: { mayWrite: boolean; mayReview: boolean },
): { withdraw: boolean; delete: Deletion | null } {
  return {
    withdraw: mayReview && article.status === 'published',
    delete: mayWrite ? deletionFor(article, mayReview) : null,
  };
}

/**
 * The publication date a change sets: stamped when an article becomes published, left alone otherwise
 * (undefined), so an edit keeps the date readers saw and archiving keeps the record of when it went out.
 */
export function publicationDate(from: ArticleStatus | null, to: ArticleStatus, now: Date): Date | undefined {
  return to === 'published' && from !== 'published' ? now : undefined;
}

/**
 * When a published article shows on its site (Article.siteAt): the start of its window when it has one, else when
 * it was published; null while it never was. Written with every save that changes either, so portal pages and the
 * freshness board read one indexed column; the start-up repair (repairSiteAt) mends rows written around the service.
 */
export const siteAtOf = (a: { publishAt: Date | null; publishedAt: Date | null }): Date | null =>
  a.publishAt ?? a.publishedAt;

/** Whether a save moved when the article shows on its site: its placements and its search key follow it. */
export const movedOnSite = (before: { siteAt: Date | null }, after: { siteAt: Date | null }) =>
  before.siteAt?.getTime() !== after.siteAt?.getTime();

// Review decisions -------------------------------------------------------------------------------------------------

export const reviewDecisions = ['approve', 'return'] as const;
export type ReviewDecision = (typeof reviewDecisions)[number];

/**
 * A reviewer decides on an article in review: approving publishes it, returning sends it back to draft with the
 * reviewer's comment for its author. Nothing else is decided on.
 */
export function statusAfterReview(current: ArticleStatus, decision: ReviewDecision): ArticleStatus {
  if (current !== 'review') throw new AppError('CONFLICT', contentMessage('notInReview'));
  return decision === 'approve' ? 'published' : 'draft';
}

// The public window ------------------------------------------------------------------------------------------------

/** Where a published article stands on its site now: before its window, in it, or past it. Null: not published. */
export type SiteState = 'scheduled' | 'live' | 'ended';

type Window = { status: ArticleStatus; publishAt: Instant | null; unpublishAt: Instant | null };
const time = (instant: Instant) => (typeof instant === 'string' ? Date.parse(instant) : instant.getTime());

/** Derived at read time from the clock: no timer ever moves an article in or out of its site. */
export function siteState({ status, publishAt, unpublishAt }: Window, now: Date): SiteState | null {
  if (status !== 'published') return null;
  const at = now.getTime();
  if (publishAt !== null && time(publishAt) > at) return 'scheduled';
  if (unpublishAt !== null && time(unpublishAt) <= at) return 'ended';
  return 'live';
}

/** A window must close after it opens. */
export function assertWindow(publishAt: Date | null, unpublishAt: Date | null) {
  if (publishAt && unpublishAt && unpublishAt.getTime() <= publishAt.getTime())
    throw fieldError('unpublishAt', contentMessage('windowOrder'));
}
