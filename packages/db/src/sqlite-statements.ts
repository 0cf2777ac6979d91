// Prisma's better-sqlite3 adapter prepares every statement anew, so SQLite parses and plans the same text on
// every call: for a list's page statement (a CTE, a join per name) about 7 % of a whole request's CPU. This keeps
// the most recently used statements prepared, per connection, and hands the adapter what it uses of a fresh one
// (`prepare(sql)`, then `bind(args)`, `reader`, `columns()`, `raw().all()`, `run()`), the arguments passed with
// each run rather than bound for good (a statement can be bound only once). SQLite itself re-prepares a kept
// statement whose tables changed.
import type Database from 'better-sqlite3';

type Statement = Database.Statement<unknown[]>;

/** A kept statement used as a fresh one bound to `args`. */
function boundTo(statement: Statement, args: unknown[]) {
  return {
    reader: statement.reader,
    columns: () => statement.columns(),
    raw: () => ({ all: () => statement.raw(true).all(...args) }),
    all: () => (statement.reader ? statement.raw(false).all(...args) : []),
    get: () => (statement.reader ? statement.raw(false).get(...args) : undefined),
    run: () => statement.run(...args),
  };
}

/** Each connection's kept statements (by text) and its own prepare. */
const caches = new WeakMap<Database.Database, (sql: string) => Statement>();

/** Keeps up to `size` prepared statements on the connection, the least recently used dropped first. */
export function installStatementCache(db: Database.Database, size = 200) {
  const prepare = db.prepare.bind(db) as (sql: string) => Statement;
  const kept = new Map<string, Statement>();
  const statementFor = (sql: string) => {
    let statement = kept.get(sql);
    if (statement) kept.delete(sql);
    else statement = prepare(sql);
    kept.set(sql, statement);
    if (kept.size > size) kept.delete(kept.keys().next().value as string);
    return statement;
  };
  caches.set(db, statementFor);
  const keptPrepare = (sql: string) => {
    const chosen = statementFor(sql);
    return { ...boundTo(chosen, []), bind: (...args: unknown[]) => boundTo(chosen, args.flat()) };
  };
  db.prepare = keptPrepare as unknown as typeof db.prepare;
  return { size: () => kept.size };
}

/** The connection's kept statement for `sql` (prepared now if it is not kept), for reading it directly. */
export function keptStatement(db: Database.Database, sql: string): Statement {
  const statementFor = caches.get(db);
  return statementFor ? statementFor(sql) : (db.prepare(sql) as Statement);
}
