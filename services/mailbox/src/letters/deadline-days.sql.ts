// The working days each kind of letter allows, as the municipality set them (rows of the top unit), else the
// defaults. Every handler's deadline and every public letter's is counted with them, whoever asks, so they are read
// whole by a reviewed statement rather than through a caller's scope.
import { queryReviewed, reviewedSql } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { defaultDeadlineDays, type LetterKind, letterKinds } from './letter-rules';

export async function deadlineDays(db: Db | Tx): Promise<Record<LetterKind, number>> {
  const rows = await queryReviewed<{ kind: string; workingDays: number }>(
    db,
    reviewedSql`SELECT d."kind" AS "kind", d."workingDays" AS "workingDays" FROM "LetterDeadline" d JOIN "Unit" u ON u."id" = d."unitId" WHERE u."parentId" IS NULL`,
  );
  const days = { ...defaultDeadlineDays };
  for (const row of rows)
    if ((letterKinds as readonly string[]).includes(row.kind)) days[row.kind as LetterKind] = Number(row.workingDays);
  return days;
}
