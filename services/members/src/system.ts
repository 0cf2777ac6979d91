// The members team's operations across scopes, bound to the raw client once at start-up (see @strata/api system.ts).
// Procedures call them as `ctx.system.members.<operation>`; each area adds its own beside the registry's.
import type { Db } from '@strata/db';
import { importSystem } from './imports/import-system';
import { registrySystem } from './registry/registry-system';

export const membersSystem = (db: Db) => ({
  members: {
    ...registrySystem(db),
    ...importSystem(db),
  },
});

type MembersSystem = ReturnType<typeof membersSystem>;
declare module '@strata/api' {
  interface SystemOperations extends MembersSystem {}
}
