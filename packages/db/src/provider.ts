// Which database a URL names. SQLite is the embedded default; PostgreSQL is the scale-out path.
export type Provider = 'sqlite' | 'postgresql';

export const defaultDatabaseUrl = 'file:./data/strata.db';

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(':')[0]}:..."`,
  );
}

/** The file path of a `file:` URL. */
export function sqliteFile(url: string): string {
  return url.slice('file:'.length);
}
