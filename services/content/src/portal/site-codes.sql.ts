// The large fixture's sites: every unit without a site code gets `u<id>` (the demo's units keep the seed's codes),
// so the portal's pages exist at scale. One statement for both databases.
import { reviewedSql } from '@strata/api';
import type { Db } from '@strata/db';

export const giveEveryUnitASite = (db: Db) =>
  db.$executeRaw(reviewedSql`UPDATE "Unit" SET "siteCode" = 'u' || CAST("id" AS TEXT) WHERE "siteCode" IS NULL`);
