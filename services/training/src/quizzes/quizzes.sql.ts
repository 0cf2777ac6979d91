// The quizzes area's raw statements: row locks. Creating a bank takes its course's lock (a bank's name is the course's
// once, and nothing but the check keeps it so); publishing a quiz and retiring a question take the bank's, so a quiz
// cannot go out needing more questions than a concurrent retirement leaves.
import { reviewedSql } from '@strata/api';
import { providerOfClient, type Tx } from '@strata/db';

/**
 * Locks (PostgreSQL, FOR UPDATE) the course's row until the transaction ends; a missing id locks nothing (the caller's
 * scoped read then finds nothing). SQLite needs none: its adapter runs one transaction at a time. The lock precedes the
 * scope check and reveals nothing.
 */
export async function lockCourse(tx: Tx, courseId: number): Promise<void> {
  if (providerOfClient(tx) !== 'postgresql') return;
  await tx.$queryRaw(reviewedSql`SELECT "id" FROM "Course" WHERE "id" = ${courseId} FOR UPDATE`);
}

/** Locks the question bank's row until the transaction ends, as lockCourse does the course's. */
export async function lockBank(tx: Tx, bankId: number): Promise<void> {
  if (providerOfClient(tx) !== 'postgresql') return;
  await tx.$queryRaw(reviewedSql`SELECT "id" FROM "QuestionBank" WHERE "id" = ${bankId} FOR UPDATE`);
}
