// Reconciling remittances up the tree: what each child unit sent its parent (its `remittanceOut` entries naming the
// parent) against what the parent recorded receiving from it (its `remittanceIn` entries naming the child), per child
// and in all, to the fen; a child whose two sides differ is named with the difference (received less sent).
export type Remitted = { unitId: number; counterpartUnitId: number; amountFen: number };

export type ReconciliationRow = { childId: number; sentFen: number; receivedFen: number; differenceFen: number };
export type Reconciliation = {
  rows: ReconciliationRow[];
  sentFen: number;
  receivedFen: number;
  /** The children whose sent and received differ. */
  differing: number[];
};

/**
 * The parent's reconciliation: `sent` are the children's remittances out (to any unit; those to the parent count),
 * `received` the parent's remittances in (from any unit; those from its children count). Every child listed, in order.
 */
export function reconcile(
  parentId: number,
  childIds: readonly number[],
  sent: readonly Remitted[],
  received: readonly Remitted[],
): Reconciliation {
  const sentBy = new Map<number, number>();
  const receivedFrom = new Map<number, number>();
  const children = new Set(childIds);
  for (const s of sent)
    if (children.has(s.unitId) && s.counterpartUnitId === parentId)
      sentBy.set(s.unitId, (sentBy.get(s.unitId) ?? 0) + s.amountFen);
  for (const r of received)
    if (r.unitId === parentId && children.has(r.counterpartUnitId))
      receivedFrom.set(r.counterpartUnitId, (receivedFrom.get(r.counterpartUnitId) ?? 0) + r.amountFen);
  const rows = childIds.map((childId) => {
    const sentFen = sentBy.get(childId) ?? 0;
    const receivedFen = receivedFrom.get(childId) ?? 0;
    return { childId, sentFen, receivedFen, differenceFen: receivedFen - sentFen };
  });
  return {
    rows,
    sentFen: rows.reduce((n, r) => n + r.sentFen, 0),
    receivedFen: rows.reduce((n, r) => n + r.receivedFen, 0),
    differing: rows.filter((r) => r.differenceFen !== 0).map((r) => r.childId),
  };
}
