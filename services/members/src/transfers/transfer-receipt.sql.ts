// The receiving side's statements. Confirming or returning a letter writes rows the receiver does not own (the letter,
// the member, the member's floating attachment all belong to the sending branch), which the scope guard refuses to
// model queries. So they run here, in the receiver's guarded transaction, each carrying the scope condition itself:
// the letter's receiving unit must lie in the caller's subtrees for members.transfer (`roots`, ctx.scope.roots), and
// the member and the attachment are written only through a letter so received. Nothing else of the sender is read.
import { inSubtrees, queryReviewed, reviewedSql } from '@strata/api';
import type { Tx } from '@strata/db';

/** The units the caller receives letters at: in its subtrees for members.transfer. */
const receivingUnits = (roots: string[]) =>
  reviewedSql`SELECT u."id" FROM "Unit" u WHERE (${inSubtrees(reviewedSql`u."path"`, roots)})`;
/** The same, those not archived: nobody joins an archived unit. */
const openReceivingUnits = (roots: string[]) =>
  reviewedSql`SELECT u."id" FROM "Unit" u WHERE u."archivedAt" IS NULL AND (${inSubtrees(reviewedSql`u."path"`, roots)})`;

/** A letter as its receiver acts on it. */
export type ReceivedLetter = {
  id: number;
  letterNo: string;
  memberId: number;
  memberName: string;
  memberStatus: string;
  fromUnitId: number;
  toUnitId: number;
  toUnitName: string;
  state: string;
  expiresOn: string;
};

/** The letter, when it is addressed to a unit in `roots`; none otherwise, as for a missing id. */
export async function receivedLetter(tx: Tx, id: number, roots: string[]): Promise<ReceivedLetter | null> {
  const [row] = await queryReviewed<ReceivedLetter>(
    tx,
    reviewedSql`SELECT t."id" AS "id", t."letterNo" AS "letterNo", t."memberId" AS "memberId", m."name" AS "memberName", m."status" AS "memberStatus", t."unitId" AS "fromUnitId", t."toUnitId" AS "toUnitId", d."name" AS "toUnitName", t."state" AS "state", t."expiresOn" AS "expiresOn" FROM "Transfer" t JOIN "Unit" d ON d."id" = t."toUnitId" JOIN "Member" m ON m."id" = t."memberId" WHERE t."id" = ${id} AND (${inSubtrees(reviewedSql`d."path"`, roots)})`,
  );
  return row ? { ...row, id: Number(row.id), memberId: Number(row.memberId) } : null;
}

type Decision = { id: number; roots: string[]; actorId: number; now: Date; answer: string };

/**
 * Confirms the letter: only while it is issued, valid on `today` (its last valid day included), and addressed to a
 * unit in the caller's subtrees that is not archived. Answers how many letters it confirmed (0 or 1).
 */
export function confirmLetter(tx: Tx, { id, roots, actorId, now, answer, today }: Decision & { today: string }) {
  return tx.$executeRaw(
    reviewedSql`UPDATE "Transfer" SET "state" = 'confirmed', "answer" = ${answer}, "decidedById" = ${actorId}, "decidedAt" = ${now} WHERE "id" = ${id} AND "state" = 'issued' AND "expiresOn" >= ${today} AND "toUnitId" IN (${openReceivingUnits(roots)})`,
  );
}

/** Returns the letter to its sender: only while it is issued and addressed to a unit in the caller's subtrees. */
export function returnLetter(tx: Tx, { id, roots, actorId, now, answer }: Decision) {
  return tx.$executeRaw(
    reviewedSql`UPDATE "Transfer" SET "state" = 'returned', "answer" = ${answer}, "decidedById" = ${actorId}, "decidedAt" = ${now} WHERE "id" = ${id} AND "state" = 'issued' AND "toUnitId" IN (${receivingUnits(roots)})`,
  );
}

/** The letter `id`, confirmed and addressed to a unit in the caller's subtrees: the only way a member moves here. */
const confirmedHere = (id: number, roots: string[]) =>
  reviewedSql`SELECT t."memberId" FROM "Transfer" t WHERE t."id" = ${id} AND t."state" = 'confirmed' AND t."toUnitId" IN (${receivingUnits(roots)})`;

type Move = { transferId: number; memberId: number; fromUnitId: number; toUnitId: number; roots: string[]; now: Date };

/**
 * Moves the member of a confirmed letter to its receiving unit, active again if they were floating: only while they
 * are still with the sender and on the active registry. Answers how many members it moved (0 or 1).
 */
export function moveMember(tx: Tx, { transferId, memberId, fromUnitId, toUnitId, roots, now }: Move) {
  return tx.$executeRaw(
    reviewedSql`UPDATE "Member" SET "unitId" = ${toUnitId}, "status" = 'active', "updatedAt" = ${now} WHERE "id" = ${memberId} AND "unitId" = ${fromUnitId} AND "status" IN ('active', 'floating') AND "id" IN (${confirmedHere(transferId, roots)})`,
  );
}

/** Ends, on `today`, the floating attachment the moved member still had with the sender. */
export function endSendersAttachment(
  tx: Tx,
  { transferId, memberId, fromUnitId, roots, today }: Omit<Move, 'toUnitId' | 'now'> & { today: string },
) {
  return tx.$executeRaw(
    reviewedSql`UPDATE "FloatingAttachment" SET "endedOn" = ${today} WHERE "memberId" = ${memberId} AND "unitId" = ${fromUnitId} AND "endedOn" IS NULL AND "memberId" IN (${confirmedHere(transferId, roots)})`,
  );
}
