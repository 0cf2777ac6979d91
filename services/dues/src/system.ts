// The dues team's operations across scopes, bound to the raw client once at start-up (see @strata/api system.ts).
// Procedures call them as `ctx.system.dues.<operation>`.
import type { Db } from '@strata/db';
import { statementSystem } from './statements/statement-system';

export const duesSystem = (db: Db) => ({ dues: { ...statementSystem(db) } });

type DuesSystem = ReturnType<typeof duesSystem>;
declare module '@strata/api' {
  interface SystemOperations extends DuesSystem {}
}
