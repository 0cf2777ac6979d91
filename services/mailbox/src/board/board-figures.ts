// The board's figures for the statistics, per unit: topics posted in a period, how many were answered and how many
// of those on time, and how many still wait for an answer (and are overdue) at `now`. Hidden topics (taken down by a
// moderator) count nowhere. Each figure is one groupBy over the caller's filter.
import type { Db, Prisma, Tx } from '@strata/db';

export type BoardFigures = {
  unitId: number;
  created: number;
  answered: number;
  answeredOnTime: number;
  unanswered: number;
  overdue: number;
};

/**
 * `where`: the caller's scope and unit filter on topics (e.g. `scope.ownedWhere('mailbox.read')`). Counts topics
 * created in [from, to); answered and unanswered are as they stand at `now`.
 */
export async function boardFigures(
  db: Db | Tx,
  where: Prisma.BoardTopicWhereInput,
  from: Date,
  to: Date,
  now: Date,
): Promise<BoardFigures[]> {
  const posted = { createdAt: { gte: from, lt: to }, hiddenAt: null };
  const count = (extra: Prisma.BoardTopicWhereInput) =>
    db.boardTopic.groupBy({ by: ['unitId'], where: { AND: [where, posted, extra] }, _count: { _all: true } });
  const [created, answered, onTime, unanswered, overdue] = await Promise.all([
    count({}),
    count({ answeredAt: { not: null } }),
    count({ answeredAt: { lt: db.boardTopic.fields.answerDueAt } }),
    count({ answeredAt: null }),
    count({ answeredAt: null, answerDueAt: { lte: now } }),
  ]);
  const byUnit = (rows: { unitId: number; _count: { _all: number } }[]) =>
    new Map(rows.map((r) => [r.unitId, r._count._all]));
  const [a, t, u, o] = [answered, onTime, unanswered, overdue].map(byUnit) as [
    Map<number, number>,
    Map<number, number>,
    Map<number, number>,
    Map<number, number>,
  ];
  return created.map((c) => ({
    unitId: c.unitId,
    created: c._count._all,
    answered: a.get(c.unitId) ?? 0,
    answeredOnTime: t.get(c.unitId) ?? 0,
    unanswered: u.get(c.unitId) ?? 0,
    overdue: o.get(c.unitId) ?? 0,
  }));
}
