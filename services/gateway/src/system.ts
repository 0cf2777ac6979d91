// The cross-scope operations every service defines (see @strata/api system.ts), composed once over the raw client.
import type { SystemOperations } from '@strata/api';
import type { Db } from '@strata/db';
import { identitySystem } from '@strata/service-identity';

export const systemOperations = (db: Db): SystemOperations => ({ ...identitySystem(db) });
