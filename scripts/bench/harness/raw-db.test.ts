import { describe, expect, it } from 'vitest';
import { bindOrder } from './raw-db';

describe('bindOrder', () => {
  const sql = 'SELECT * FROM "Enrolment" WHERE "courseId" = $3 AND "courseUnitId" = $4 AND "id" > $3';

  it('sends PostgreSQL only the parameters a statement names, renumbered from $1', () => {
    expect(bindOrder(sql, 'postgresql')).toEqual({
      sql: 'SELECT * FROM "Enrolment" WHERE "courseId" = $1 AND "courseUnitId" = $2 AND "id" > $1',
      order: [2, 3],
    });
    expect(bindOrder('SELECT 1', 'postgresql')).toEqual({ sql: 'SELECT 1', order: [] });
  });

  it('binds each of SQLite’s placeholders to its value, in order, wherever it repeats', () => {
    expect(bindOrder(sql, 'sqlite')).toEqual({
      sql: 'SELECT * FROM "Enrolment" WHERE "courseId" = ? AND "courseUnitId" = ? AND "id" > ?',
      order: [2, 3, 2],
    });
  });
});
