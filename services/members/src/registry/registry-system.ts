// The registry's operations across scopes (named, bound to the raw client: see @strata/api system.ts). An ID number
// registers a person once in the whole organisation, so whether one is taken is asked of every unit's members, by its
// blind index alone: the answer says only yes or no, never where or whose.
import type { Db } from '@strata/db';

export const registrySystem = (db: Db) => ({
  /** Whether a member other than `exceptId` holds the ID number with this blind index, in any unit. */
  idNumberTaken: async (idNumberIndex: string, exceptId?: number) =>
    (await db.member.count({
      where: { idNumberIndex, ...(exceptId === undefined ? {} : { id: { not: exceptId } }) },
    })) > 0,
});
