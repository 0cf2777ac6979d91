// The ledger chain's key, kept outside the database: derived (HKDF-SHA-256, its own label) from the personal-data
// ring's index key, which never rotates and is backed up with the key file. Whoever can write to the database but
// does not hold the key file cannot make a changed entry's hash agree again.
import { hkdfSync } from 'node:crypto';
import { currentKeyRing } from '@strata/personal-data';

const cache = new WeakMap<Buffer, Buffer>();

export function ledgerKey(): Buffer {
  const index = currentKeyRing().index;
  let key = cache.get(index);
  if (!key) {
    key = Buffer.from(hkdfSync('sha256', index, Buffer.alloc(0), 'strata dues ledger chain v1', 32));
    cache.set(index, key);
  }
  return key;
}
