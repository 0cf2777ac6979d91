// Bytes go when nothing names them. The database decides, across every unit: a Blob row named by any File (as
// its bytes or its preview) cannot be deleted (ON DELETE RESTRICT), so the delete itself is the check, with no
// read of other units' files and no gap between a check and the delete.
import type { Db } from '@strata/db';
import type { FileStorage } from './file-storage';

const code = (error: unknown) => (error as { code?: string })?.code;
/** P2003: a File still names the blob. P2025: another release took it first. */
const keptOrGone = (error: unknown) => code(error) === 'P2003' || code(error) === 'P2025';

/**
 * Removes each blob (row and bytes) that no File names; blobs still named stay. Call it after the transaction
 * that deleted a File has committed: inside it, the rows it deleted would still name the blob.
 */
export async function releaseBlobs(db: Db, storage: FileStorage, hashes: readonly (string | null | undefined)[]) {
  for (const sha256 of new Set(hashes.filter((h): h is string => !!h))) {
    let released: { store: string };
    try {
      released = await db.blob.delete({ where: { sha256 }, select: { store: true } });
    } catch (error) {
      if (keptOrGone(error)) continue;
      throw error;
    }
    // If the same bytes were uploaded again meanwhile, their new row names them: the store puts them back.
    const namedAgain = async () => (await db.blob.count({ where: { sha256 } })) > 0;
    await storage.store(released.store).remove(sha256, namedAgain);
  }
}
