// npm run restore -- FILE [--database URL]
// Checks FILE against FILE.sha256, then restores it into DATABASE_URL (or --database), which must be an empty
// database (a SQLite file that does not exist yet, or a new PostgreSQL database): a non-empty one is refused.
// Stop the server on the target first; start it on the restored database afterwards. Exits 1 on refusal.
import { parseArgs } from 'node:util';
import { providerOf } from '@strata/db';
import { BackupError, restoreDatabase, serverDatabaseUrl, tableFingerprints } from './backup';

const { values, positionals } = parseArgs({ options: { database: { type: 'string' } }, allowPositionals: true });
const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error('usage: npm run restore -- FILE [--database URL]');
  process.exit(1);
}
try {
  const url = values.database ?? serverDatabaseUrl();
  await restoreDatabase(file, url);
  const tables = Object.values(await tableFingerprints(url));
  // The URL is not printed: it may carry a password.
  console.log(
    JSON.stringify({
      restored: file,
      provider: providerOf(url),
      tables: tables.length,
      rows: tables.reduce((n, t) => n + t.rows, 0),
    }),
  );
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`restore refused: ${error.message}`);
  process.exitCode = 1;
}
