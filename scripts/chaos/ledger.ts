// What the server acknowledged, entity by entity, and the check that the database still holds it.
//
// Each entity is written by one worker only, one request at a time, so its acknowledged states form a
// sequence: the newest one must be in the database after a crash. A write still in flight when the process
// died ("pending") may or may not have committed; either outcome is correct, anything else is not.
import type { Db } from '@strata/db';

export type ArticleState = { title: string; summary: string; body: string; status: string; columnId: number };
export type UnitState = { name: string; parentId: number | null; path: string; kind: string };
export type GrantState = { userId: number; role: string; unitId: number; present: boolean };

export type WriteKind =
  | 'article.create'
  | 'article.update'
  | 'unit.create'
  | 'unit.rename'
  | 'grant.add'
  | 'grant.remove';

type Entry<S> = {
  /** Acknowledged states, oldest first (and in-flight writes later found committed). */
  history: S[];
  /** A write sent but not answered when the server died. */
  pending?: S;
};

type Table = 'article' | 'unit' | 'grant';
type StateOf = { article: ArticleState; unit: UnitState; grant: GrantState };

export type Fault = { entity: Table; id: number; problem: 'lost' | 'damaged'; expected: unknown; found: unknown };

export class Ledger {
  readonly entries = {
    article: new Map<number, Entry<ArticleState>>(),
    unit: new Map<number, Entry<UnitState>>(),
    grant: new Map<number, Entry<GrantState>>(),
  };
  readonly acknowledged: Record<WriteKind, number> = {
    'article.create': 0,
    'article.update': 0,
    'unit.create': 0,
    'unit.rename': 0,
    'grant.add': 0,
    'grant.remove': 0,
  };

  get total() {
    return Object.values(this.acknowledged).reduce((a, b) => a + b, 0);
  }

  /** The state the server last acknowledged for the entity. */
  current<T extends Table>(table: T, id: number): StateOf[T] | undefined {
    return (this.entries[table] as Map<number, Entry<StateOf[T]>>).get(id)?.history.at(-1);
  }

  /** Entities whose state is settled (nothing in flight), the ones a worker may write next. */
  settled<T extends Table>(table: T, ids: readonly number[]): number[] {
    const map = this.entries[table] as Map<number, Entry<StateOf[T]>>;
    return ids.filter((id) => !map.get(id)?.pending);
  }

  sent<T extends Table>(table: T, id: number, state: StateOf[T]) {
    const entry = (this.entries[table] as Map<number, Entry<StateOf[T]>>).get(id);
    if (entry) entry.pending = state;
  }

  /** A 2xx answer: the state it returned is now the one that must survive. */
  acknowledge<T extends Table>(kind: WriteKind, table: T, id: number, state: StateOf[T]) {
    const map = this.entries[table] as Map<number, Entry<StateOf[T]>>;
    const entry = map.get(id) ?? { history: [] };
    entry.history.push(state);
    entry.pending = undefined;
    map.set(id, entry);
    this.acknowledged[kind] += 1;
  }

  /** A refusal (4xx) changed nothing: the entity's in-flight write is settled as not done. */
  refused<T extends Table>(table: T, id: number) {
    const entry = (this.entries[table] as Map<number, Entry<StateOf[T]>>).get(id);
    if (entry) entry.pending = undefined;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The database's rows for the ledger's entities, in the ledger's shapes (null: no such row). */
async function readBack(db: Db, ledger: Ledger) {
  const ids = (t: Table) => [...ledger.entries[t].keys()];
  const articles = await db.article.findMany({
    where: { id: { in: ids('article') }, deletedAt: null },
    select: { id: true, title: true, summary: true, body: true, status: true, columnId: true },
  });
  const units = await db.unit.findMany({
    where: { id: { in: ids('unit') }, archivedAt: null },
    select: { id: true, name: true, parentId: true, path: true, kind: true },
  });
  const grants = await db.grant.findMany({
    where: { id: { in: ids('grant') } },
    select: { id: true, userId: true, role: true, unitId: true },
  });
  const found = {
    article: new Map<number, ArticleState>(articles.map(({ id, ...s }) => [id, s])),
    unit: new Map<number, UnitState>(units.map(({ id, ...s }) => [id, s])),
    grant: new Map<number, GrantState>(grants.map(({ id, ...s }) => [id, { ...s, present: true }])),
  };
  return found;
}

/**
 * Compares every acknowledged entity with its row. Lost: the row is missing, or shows an earlier
 * acknowledged state (an acknowledged update or removal undone). Damaged: the row shows a state the server
 * never acknowledged nor was sent. In-flight writes found committed become part of the history, so the next
 * cycle expects them.
 */
export async function verifyLedger(db: Db, ledger: Ledger) {
  const found = await readBack(db, ledger);
  const faults: Fault[] = [];
  let committedInFlight = 0;
  for (const table of ['article', 'unit', 'grant'] as const) {
    const map = ledger.entries[table] as Map<number, Entry<StateOf[typeof table]>>;
    for (const [id, entry] of map) {
      const expected = entry.history.at(-1)!;
      const row = found[table].get(id);
      // A grant's removal is its row's absence.
      const actual = row ?? (table === 'grant' ? { ...(expected as GrantState), present: false } : null);
      if (same(actual, expected)) {
        entry.pending = undefined;
        continue;
      }
      if (entry.pending && same(actual, entry.pending)) {
        committedInFlight += 1;
        entry.history.push(entry.pending);
        entry.pending = undefined;
        continue;
      }
      const earlier = entry.history.slice(0, -1).some((s) => same(actual, s));
      const problem = actual === null || earlier || (table === 'grant' && row === undefined) ? 'lost' : 'damaged';
      faults.push({ entity: table, id, problem, expected, found: actual });
      entry.pending = undefined;
    }
  }
  return {
    lost: faults.filter((f) => f.problem === 'lost').length,
    damaged: faults.filter((f) => f.problem === 'damaged').length,
    committedInFlight,
    faults,
  };
}
