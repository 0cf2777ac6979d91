// SQLite's LIKE has no escape character unless a query says ESCAPE, and Prisma never does, so a search for
// "100%" or "snake_case" matched everything. PostgreSQL's LIKE escapes with a backslash by default. This
// like() gives SQLite the same rule (backslash escapes % and _), keeping SQLite's ASCII case-insensitivity,
// so one escaping helper (`literalContains`) serves both databases.
import type Database from 'better-sqlite3';

const compiled = new Map<string, RegExp>();

function likeRegExp(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (regex) return regex;
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && i + 1 < pattern.length) source += (pattern[++i] as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') source += '[\\s\\S]*';
    else if (c === '_') source += '[\\s\\S]';
    else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  regex = new RegExp(`^${source}$`, 'iu');
  if (compiled.size > 500) compiled.clear();
  compiled.set(pattern, regex);
  return regex;
}

/** LIKE with a backslash escape and ASCII-insensitive case, as the like() installed below answers it. */
export const likeMatches = (pattern: string, value: string) => likeRegExp(pattern).test(value);

/** Installs the escaping like() on a better-sqlite3 connection. */
export function installLike(db: Database.Database) {
  db.function('like', { deterministic: true, varargs: false }, (pattern: unknown, value: unknown) => {
    if (pattern === null || value === null) return null;
    return likeMatches(String(pattern), String(value)) ? 1 : 0;
  });
}

/** A `contains` filter value that matches the text literally on both databases. */
export const literalContains = (text: string) => text.replace(/[\\%_]/g, '\\$&');
