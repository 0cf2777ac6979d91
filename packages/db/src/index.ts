export type { Prisma } from '../generated/sqlite/client';
export type * from '../generated/sqlite/models';
export { createDb, type Db, type Tx } from './client';
export { deployMigrations, pendingSchemaChange } from './migrate';
export { defaultDatabaseUrl, type Provider, providerOf } from './provider';
