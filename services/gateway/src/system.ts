// The cross-scope operations every team defines (see @strata/api system.ts), composed once over the raw client.
import type { SystemOperations } from '@strata/api';
import type { Db } from '@strata/db';
import { teams } from './teams';

export const systemOperations = (db: Db) =>
  Object.assign({}, ...teams.map((t) => ('system' in t && t.system ? t.system(db) : {}))) as SystemOperations;
