// The one raw statement of a course's content: its row lock. Every change of a course's versions, criteria, modules
// and lessons takes it first, so they run one after another per course: a draft checked after the lock is still a
// draft when written (nobody publishes it in between), there is one draft at a time, and positions and lesson
// counts read after it are final.
import { reviewedSql } from '@strata/api';
import { providerOfClient, type Tx } from '@strata/db';

/**
 * Locks (PostgreSQL, FOR UPDATE) the course's row until the transaction ends; a missing id locks nothing (the
 * caller's read then finds nothing). SQLite needs none: its adapter runs one transaction at a time. The lock is taken
 * after the caller found the course in scope, and reveals nothing.
 */
export async function lockCourse(tx: Tx, courseId: number): Promise<void> {
  if (providerOfClient(tx) !== 'postgresql') return;
  await tx.$queryRaw(reviewedSql`SELECT "id" FROM "Course" WHERE "id" = ${courseId} FOR UPDATE`);
}
