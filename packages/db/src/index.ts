export type { Prisma } from '../generated/sqlite/client';
export type { Article, AuditLog, Column, Grant, Session, Unit, User } from '../generated/sqlite/client';
export { createDb, type Db, type Tx } from './client';
export { deployMigrations, pendingSchemaChange } from './migrate';
export { defaultDatabaseUrl, type Provider, providerOf } from './provider';
export { hashPassword, isStrongPassword, verifyPassword } from './passwords';
