// The import's operation across scopes (named, bound to the raw client: see @strata/api system.ts). A sheet's ID
// numbers are asked of every unit's members at once, by their blind indexes alone, as the registry asks one: the answer
// names the indexes already registered, never where or whose.
import type { Db } from '@strata/db';

/**
 * Indexes per statement. Prisma splits an IN list of more than 999 values on SQLite into statements it runs in a
 * transaction of its own, which waits for the caller's open transaction (the import's) until that one times out.
 */
const batch = 500;

export const importSystem = (db: Db) => ({
  /** Which of these ID number blind indexes a member holds already, in any unit. */
  registeredIdNumbers: async (idNumberIndexes: readonly string[]): Promise<Set<string>> => {
    const found = new Set<string>();
    for (let i = 0; i < idNumberIndexes.length; i += batch) {
      const rows = await db.member.findMany({
        where: { idNumberIndex: { in: idNumberIndexes.slice(i, i + batch) } },
        select: { idNumberIndex: true },
      });
      for (const row of rows) found.add(row.idNumberIndex);
    }
    return found;
  },
});
