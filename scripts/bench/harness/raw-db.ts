// Plain SQL on either database, for the floor and the harness's own look-ups: one statement shape (`$1`…)
// for both, straight through the drivers (no Prisma), so the floor measures only the database.
import Database from 'better-sqlite3';
import pg from 'pg';

export type RawDb = {
  provider: 'sqlite' | 'postgresql';
  all: (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;
  close: () => Promise<void>;
};

export function openRawDb(url: string, { poolSize = 8 } = {}): RawDb {
  if (url.startsWith('file:')) {
    const db = new Database(url.slice('file:'.length), { readonly: true });
    db.pragma('busy_timeout = 5000');
    // better-sqlite3 binds `?` in order: each `$n` becomes a `?` bound to the n-th value, wherever it repeats.
    const prepared = new Map<string, { statement: Database.Statement; order: number[] }>();
    return {
      provider: 'sqlite',
      all: async (sql, params) => {
        let found = prepared.get(sql);
        if (!found) {
          const order = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]) - 1);
          found = { statement: db.prepare(sql.replace(/\$\d+/g, '?')), order };
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
    // A statement gets only the parameters it names, numbered afresh (PostgreSQL must infer the type of every `$n`
    // it is sent, so one that skips $1 and $2 for $3 would fail; the whole tree's floor names none).
    all: async (sql, params) => {
      const used = [...new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
      const renumbered = sql.replace(/\$(\d+)/g, (_, n: string) => `$${used.indexOf(Number(n)) + 1}`);
      return (await pool.query(renumbered, used.map((n) => params[n - 1]) as unknown[])).rows;
    },
    close: () => pool.end(),
  };
}
