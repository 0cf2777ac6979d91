// Plain SQL on either database, for the floor and the harness's own look-ups: one statement shape (`$1`…)
// for both, straight through the drivers (no Prisma), so the floor measures only the database.
import Database from 'better-sqlite3';
import pg from 'pg';

export type RawDb = {
  provider: 'sqlite' | 'postgresql';
  all: (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
};

/**
 * A `$n` statement in the driver's own shape, with the index of the value each placeholder binds. SQLite's `?` binds
 * in order, so every `$n` becomes a `?` bound to the n-th value wherever it repeats. PostgreSQL must infer the type of
 * every parameter it is sent, so a statement naming only $3 and $4 is sent those two, renumbered $1 and $2.
 */
export function bindOrder(sql: string, provider: RawDb['provider']): { sql: string; order: number[] } {
  const named = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]) - 1);
  if (provider === 'sqlite') return { sql: sql.replace(/\$\d+/g, '?'), order: named };
  const order = [...new Set(named)].sort((a, b) => a - b);
  return { sql: sql.replace(/\$(\d+)/g, (_, n: string) => `$${order.indexOf(Number(n) - 1) + 1}`), order };
}

export function openRawDb(url: string, { poolSize = 8 } = {}): RawDb {
  if (url.startsWith('file:')) {
    const db = new Database(url.slice('file:'.length), { readonly: true });
    db.pragma('busy_timeout = 5000');
    const prepared = new Map<string, { statement: Database.Statement; order: number[] }>();
    return {
      provider: 'sqlite',
      all: async (sql, params) => {
        let found = prepared.get(sql);
        if (!found) {
          const bound = bindOrder(sql, 'sqlite');
          found = { statement: db.prepare(bound.sql), order: bound.order };
          prepared.set(sql, found);
        }
        return found.statement.all(...found.order.map((i) => params[i])) as Record<string, unknown>[];
      },
      close: async () => {
        db.close();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  return {
    provider: 'postgresql',
    // The whole tree's floor names no parameter: it is sent none.
    all: async (sql, params) => {
      const bound = bindOrder(sql, 'postgresql');
      return (await pool.query(bound.sql, bound.order.map((i) => params[i]) as unknown[])).rows;
    },
    close: () => pool.end(),
  };
}
