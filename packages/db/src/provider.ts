// Which database a URL names. SQLite is the embedded default; PostgreSQL is the scale-out path.
import { resolve } from 'node:path';

export type Provider = 'sqlite' | 'postgresql';

export const defaultDatabaseUrl = 'file:./data/strata.db';

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//.test(url)) return 'postgresql';
  if (url.startsWith('file:')) return 'sqlite';
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(':')[0]}:..."`,
  );
}

/**
 * The file path of a `file:` URL. A relative path is read from the folder the command was run in: npm runs a
 * workspace's script in the workspace's folder (`npm start` starts the gateway in services/gateway), but keeps
 * the folder it was called from in INIT_CWD, so `./data/strata.db` is the repository's data folder, as the
 * README says, for the server and for every tool alike.
 */
export function sqliteFile(url: string): string {
  const path = url.slice('file:'.length);
  return path === ':memory:' ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
