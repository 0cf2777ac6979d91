// A course's rules, pure: which versions may change, what a lesson of each kind needs, how modules and lessons move,
// what completion asks for, and what restoring an archived course makes of it.
import type { CourseStatus, LessonKind } from '@strata/contract';

/** Why a version's criteria, modules and lessons may not change now, or null: only a draft of a live course. */
export function editProblem(versionStatus: string, courseStatus: string) {
  if (courseStatus === 'archived') return 'courseArchived' as const;
  if (versionStatus !== 'draft') return 'courseVersionNotDraft' as const;
  return null;
}

/** An archived course comes back as it was: published when it has a current version, else a draft. */
export const restoredStatus = (currentVersionId: number | null): CourseStatus =>
  currentVersionId === null ? 'draft' : 'published';

/** Completion must ask for something, or a learner would complete on enrolling. */
export const criteriaEmpty = (c: { lessonsRequired: boolean; minScore: number | null; sessionsRequired: number }) =>
  !c.lessonsRequired && c.minScore === null && c.sessionsRequired === 0;

/**
 * Why a draft may not be discarded, or null. A course never published keeps its first draft (a course is never
 * without a version: archive it instead); a version someone enrolled in is theirs.
 */
export function discardProblem(number: number, currentVersionId: number | null, enrolled: number) {
  if (number === 1 && currentVersionId === null) return 'courseFirstDraft' as const;
  if (enrolled > 0) return 'courseVersionInUse' as const;
  return null;
}

/** The kind of File each lesson kind shows (the others take none). */
export const fileKindOf: Partial<Record<LessonKind, 'document' | 'video'>> = { file: 'document', video: 'video' };

/** An http(s) address with a host, as typed (trimmed), or null. */
export function httpUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

export type LessonProblem = {
  field: 'body' | 'fileId' | 'url';
  key: 'courseLessonBodyRequired' | 'courseLessonFileRequired' | 'courseLessonVideoRequired' | 'courseLessonUrlInvalid';
};

/** What the kind lacks, or null: a text lesson something to read, a file or video lesson its file, a link its address. */
export function lessonProblem(
  kind: LessonKind,
  lesson: { bodyShows: boolean; fileId: number | null; url: string },
): LessonProblem | null {
  if (kind === 'text' && !lesson.bodyShows) return { field: 'body', key: 'courseLessonBodyRequired' };
  if (kind === 'file' && lesson.fileId === null) return { field: 'fileId', key: 'courseLessonFileRequired' };
  if (kind === 'video' && lesson.fileId === null) return { field: 'fileId', key: 'courseLessonVideoRequired' };
  if (kind === 'link' && httpUrl(lesson.url) === null) return { field: 'url', key: 'courseLessonUrlInvalid' };
  return null;
}

/**
 * The fields a kind keeps: a file for file and video lessons, an address for links, and nothing of another kind (a
 * form that switched kinds may still send them). Call after lessonProblem.
 */
export const kindFields = (kind: LessonKind, fileId: number | null, url: string) => ({
  fileId: fileKindOf[kind] ? fileId : null,
  url: kind === 'link' ? url : '',
});

export type Move = 'up' | 'down' | number;
export type Moved =
  | { order: number[] }
  | { problem: 'courseMoveAtEdge' }
  | { problem: 'courseMoveOutOfRange'; max: number };

/** The order of `ids` after `id` moves up, down, or to a place (1-based) among them. */
export function moved(ids: readonly number[], id: number, to: Move): Moved {
  const from = ids.indexOf(id);
  if (from < 0) throw new Error(`${id} is not among the ids moved`);
  let target: number;
  if (to === 'up' || to === 'down') {
    target = to === 'up' ? from - 1 : from + 1;
    if (target < 0 || target >= ids.length) return { problem: 'courseMoveAtEdge' };
  } else {
    if (to > ids.length) return { problem: 'courseMoveOutOfRange', max: ids.length };
    target = to - 1;
  }
  const order = ids.filter((x) => x !== id);
  order.splice(target, 0, id);
  return { order };
}

/** `ids` with `id` put at a place (1-based) among them: up to one past the last. */
export function inserted(ids: readonly number[], id: number, to: number): Moved {
  if (to > ids.length + 1) return { problem: 'courseMoveOutOfRange', max: ids.length + 1 };
  const order = [...ids];
  order.splice(to - 1, 0, id);
  return { order };
}

/** The rows whose place changes when `order` is numbered 1, 2, 3...: [id, position]. */
export function renumbered(order: readonly number[], positions: ReadonlyMap<number, number>): [number, number][] {
  return order.flatMap((id, i): [number, number][] => (positions.get(id) === i + 1 ? [] : [[id, i + 1]]));
}
