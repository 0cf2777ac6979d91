import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { installStatementCache } from './sqlite-statements';

// Used exactly as Prisma's adapter uses a statement: prepare(sql).bind(args), then raw().all() or run().
const query = (db: Database.Database, sql: string, args: unknown[]) => {
  const statement = db.prepare(sql).bind(args);
  return { columns: statement.columns().map((c) => c.name), rows: statement.raw().all() };
};

describe('kept prepared statements on SQLite', () => {
  it('answers each call with its own arguments, a statement kept once', () => {
    const db = new Database(':memory:');
    const cache = installStatementCache(db);
    db.prepare('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)').bind([]).run();
    const insert = 'INSERT INTO t (id, name) VALUES (?, ?)';
    for (const [id, name] of [
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]) {
      expect(db.prepare(insert).bind([id, name]).reader).toBe(false);
      db.prepare(insert).bind([id, name]).run();
      db.prepare(insert);
    }
    const sql = 'SELECT id, name FROM t WHERE id >= ? ORDER BY id';
    expect(query(db, sql, [2])).toEqual({
      columns: ['id', 'name'],
      rows: [
        [2, 'b'],
        [3, 'c'],
      ],
    });
    expect(query(db, sql, [3])).toEqual({ columns: ['id', 'name'], rows: [[3, 'c']] });
    expect(query(db, sql, [1]).rows).toHaveLength(3);
    expect(cache.size()).toBe(3);
    // A kept statement follows a change of its table.
    db.prepare('ALTER TABLE t ADD COLUMN extra TEXT').bind([]).run();
    expect(query(db, 'SELECT * FROM t WHERE id = ?', [1]).columns).toEqual(['id', 'name', 'extra']);
    db.prepare('UPDATE t SET extra = ? WHERE id = ?').bind(['x', 1]).run();
    expect(query(db, 'SELECT * FROM t WHERE id = ?', [1]).rows).toEqual([[1, 'a', 'x']]);
  });

  it('keeps at most its size, dropping the least recently used', () => {
    const db = new Database(':memory:');
    const cache = installStatementCache(db, 2);
    for (const n of [1, 2, 3, 1, 2]) expect(query(db, `SELECT ${n} AS n`, []).rows).toEqual([[n]]);
    expect(cache.size()).toBe(2);
  });

  it('runs statements without arguments, as transactions begin and end', () => {
    const db = new Database(':memory:');
    installStatementCache(db);
    db.prepare('CREATE TABLE t (id INTEGER)').run();
    db.prepare('BEGIN').run();
    db.prepare('INSERT INTO t VALUES (?)').bind([7]).run();
    db.prepare('ROLLBACK').run();
    db.prepare('BEGIN').run();
    db.prepare('INSERT INTO t VALUES (?)').bind([8]).run();
    db.prepare('COMMIT').run();
    expect(query(db, 'SELECT id FROM t', []).rows).toEqual([[8]]);
  });
});
