// The stores a process uses: new bytes go to the configured one; bytes already kept are read and removed where
// their Blob row says they are, so changing FILES_STORE later strands nothing.
import { type Db, providerOfClient } from '@strata/db';
import type { BlobStore } from './blob-store';
import { databaseBlobStore } from './database-store';
import { diskBlobStore } from './disk-store';
import { currentFileSettings, type FileSettings, type StoreKind } from './file-settings';

export type FileStorage = {
  settings: FileSettings;
  /** Where new bytes go. */
  write: BlobStore;
  /** The store a Blob row names (`blob.store`). */
  store(kind: string): BlobStore;
};

/** Over `db` (the raw client or a caller's guarded one), with the settings in force unless given. */
export function fileStorage(db: Db, settings: FileSettings = currentFileSettings()): FileStorage {
  const stores: Record<StoreKind, BlobStore> = { disk: diskBlobStore(settings.dir), database: databaseBlobStore(db) };
  // Several gateways on one PostgreSQL share its rows, not a folder: there the database is the default.
  const write = settings.store ?? (providerOfClient(db) === 'postgresql' ? 'database' : 'disk');
  return {
    settings,
    write: stores[write],
    store(kind) {
      if (kind !== 'disk' && kind !== 'database') throw new Error(`unknown blob store: ${kind}`);
      return stores[kind];
    },
  };
}
