// A member's history as the profile shows it, each a reviewed read: the timeline with the names of the accounts that
// recorded it, and the transfer letters and floating attachments the caller may see with the names of the units on
// them. Those units may lie outside the caller's scope (the branch a letter went to, the host of a floating member),
// and their names are the letter's and the attachment's own words, so they are read here by join rather than through
// the caller's scope; which letters and attachments are read is decided by the scope: a letter or attachment shows
// when the caller reads the registry at either of its two units.
import { inSubtrees, queryReviewed, reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

/** One entry of the timeline as read: the event and the display name of its author (none for an import's). */
export type TimelineRow = {
  id: number;
  kind: string;
  on: string;
  /** ISO text: sent as read. */
  at: string;
  actorName: string | null;
  atUnitId: number;
  atUnitName: string;
  value: string;
  note: string;
};

/** The member's timeline, newest first (by the day it took effect, then as recorded): its (memberId, on, id) index. */
export const timelineOf = (db: Db, memberId: number) =>
  queryReviewed<TimelineRow>(
    db,
    reviewedSql`SELECT e."id" AS "id", e."kind" AS "kind", e."on" AS "on", e."at" AS "at", a."displayName" AS "actorName", e."atUnitId" AS "atUnitId", e."atUnitName" AS "atUnitName", e."value" AS "value", e."note" AS "note" FROM "MemberEvent" e LEFT JOIN "User" a ON a."id" = e."actorId" WHERE e."memberId" = ${memberId} ORDER BY e."on" DESC, e."id" DESC`,
    { instants: 'text' },
  );

export type TransferRow = {
  id: number;
  letterNo: string;
  state: string;
  fromUnitName: string;
  toUnitName: string | null;
  toOrganisation: string;
  issuedOn: string;
  expiresOn: string;
};

/** The member's transfer letters issued or received in the subtrees `roots` (the caller's registry), newest first. */
export const transfersOf = (db: Db, memberId: number, roots: string[]) =>
  queryReviewed<TransferRow>(
    db,
    reviewedSql`SELECT t."id" AS "id", t."letterNo" AS "letterNo", t."state" AS "state", s."name" AS "fromUnitName", d."name" AS "toUnitName", t."toOrganisation" AS "toOrganisation", t."issuedOn" AS "issuedOn", t."expiresOn" AS "expiresOn" FROM "Transfer" t JOIN "Unit" s ON s."id" = t."unitId" LEFT JOIN "Unit" d ON d."id" = t."toUnitId" WHERE t."memberId" = ${memberId} AND ((${inSubtrees(reviewedSql`s."path"`, roots)}) OR (d."path" IS NOT NULL AND (${inSubtrees(reviewedSql`d."path"`, roots)}))) ORDER BY t."issuedOn" DESC, t."id" DESC`,
  );

export type FloatingRow = {
  id: number;
  hostUnitName: string;
  place: string;
  startedOn: string;
  untilOn: string | null;
  endedOn: string | null;
};

/** The member's floating attachments held or hosted in the subtrees `roots`, the latest first. */
export const floatingsOf = (db: Db, memberId: number, roots: string[]) =>
  queryReviewed<FloatingRow>(
    db,
    reviewedSql`SELECT f."id" AS "id", h."name" AS "hostUnitName", f."place" AS "place", f."startedOn" AS "startedOn", f."untilOn" AS "untilOn", f."endedOn" AS "endedOn" FROM "FloatingAttachment" f JOIN "Unit" o ON o."id" = f."unitId" JOIN "Unit" h ON h."id" = f."hostUnitId" WHERE f."memberId" = ${memberId} AND ((${inSubtrees(reviewedSql`o."path"`, roots)}) OR (${inSubtrees(reviewedSql`h."path"`, roots)})) ORDER BY f."startedOn" DESC, f."id" DESC`,
  );
