export type {
  Article,
  AuditLog,
  Blob,
  Column,
  Course,
  CourseModule,
  CourseVersion,
  Document,
  DocumentVersion,
  Enrolment,
  File,
  Grant,
  Lesson,
  Letter,
  Session,
  Unit,
  User,
} from '../generated/sqlite/client';
// Prisma's namespace (types, and `Prisma.sql` for reviewed raw statements); the same for both providers.
export { Prisma } from '../generated/sqlite/client';
// The raw connection details, for tools that work below Prisma (backup and restore).
export { pgConfig } from './adapters';
export { createDb, type Db, providerOfClient, type SentQuery, type Tx } from './client';
export {
  holdWarmTimer,
  inTransaction,
  type KeptOptions,
  type Table,
  tablesIn,
  warmKeptValues,
  whileUnchanged,
} from './data-generation.sql';
export { type DirectReadOptions, type Instants, readDirect } from './direct-read';
export { isUniqueViolation } from './errors';
export { deployMigrations, pendingSchemaChange } from './migrate';
export { type ChannelHandlers, type ChannelListener, listenToChannel } from './notifications';
export { hashPassword, isStrongPassword, verifyPassword } from './passwords';
export { defaultDatabaseUrl, type Provider, providerOf, sqliteFile } from './provider';
export { literalContains } from './sqlite-like';
export { sqliteDateText } from './sqlite-values';
export { inconsistentUnits, type TreeFault } from './tree-check';
