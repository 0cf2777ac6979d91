// npm run backup [-- --database URL] [--out DIR]
// Backs up DATABASE_URL (or --database; default file:./data/strata.db, relative to the folder the command
// runs in) into DIR (default ./backups) as strata-<provider>-YYYYMMDD-HHmmss.<db|dump>, Asia/Shanghai time,
// with a .sha256 beside it. Safe while the server runs. Prints JSON; exits 1 with a message on failure.
import { parseArgs } from 'node:util';
import { BackupError, backupDatabase, serverDatabaseUrl } from './backup';

const { values } = parseArgs({
  options: { database: { type: 'string' }, out: { type: 'string', default: 'backups' } },
});
try {
  const backup = await backupDatabase(values.database ?? serverDatabaseUrl(), values.out);
  console.log(JSON.stringify({ ...backup, timeZone: 'Asia/Shanghai' }, null, 2));
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(`backup failed: ${error.message}`);
  process.exitCode = 1;
}
