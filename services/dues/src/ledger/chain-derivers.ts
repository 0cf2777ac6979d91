// The chain's links and hashes filled where the large fixture's entries are written (the bulk writer's deriveOnWrite):
// on its SQLite load, the writer's own thread, beside the generators (four million keyed hashes at xl). The same
// chain as chainNext makes: each unit's entries in sequence order from chainStart, each hashed as entryHash hashes
// it, over the one before; then each unit's head, its last entry. The writer takes each table's rows in the order
// given, so a unit's entries (and the heads, written after every entry) arrive in their order.
import { createSecretKey } from 'node:crypto';
import type { RowDerivers } from '@strata/db/bulk';
import { type ChainHead, canonicalHash, canonicalValues, chainStart, contentFields } from './chain';

function columnIndex(table: string, columns: readonly string[], name: string): number {
  const at = columns.indexOf(name);
  if (at < 0) throw new Error(`dues chain: ${table} rows come without ${name}`);
  return at;
}

/** `DuesEntry` rows get their prevHash and hash; `DuesChainHead` rows (unitId, seq) their unit's last hash. */
export const chainDerivers: RowDerivers = {
  module: import.meta.url,
  name: 'chainDerivers',
  make: (ledgerKey: Uint8Array) => {
    const key = createSecretKey(Buffer.from(ledgerKey));
    const heads = new Map<number, ChainHead>();
    return {
      DuesEntry: (columns, values) => {
        // The hashed fields side by side in their order (as the fixture writes them): each entry's canonical content
        // is then its slice of the row, with no object built (four million rows, on the writer's busy thread).
        const first = columnIndex('DuesEntry', columns, contentFields[0]);
        if (contentFields.some((name, i) => columns[first + i] !== name))
          throw new Error(`dues chain: DuesEntry rows come without ${contentFields.join(', ')} side by side`);
        const unitAt = columnIndex('DuesEntry', columns, 'unitId');
        const seqAt = columnIndex('DuesEntry', columns, 'seq');
        const prevAt = columnIndex('DuesEntry', columns, 'prevHash');
        const hashAt = columnIndex('DuesEntry', columns, 'hash');
        for (let row = 0; row < values.length; row += columns.length) {
          const unitId = values[row + unitAt] as number;
          const seq = values[row + seqAt] as number;
          let head = heads.get(unitId);
          if (!head) {
            head = { seq: 0, hash: chainStart };
            heads.set(unitId, head);
          }
          if (seq !== head.seq + 1) throw new Error(`dues chain: unit ${unitId}'s entry ${seq} follows ${head.seq}`);
          values[row + prevAt] = head.hash;
          const content = values.slice(row + first, row + first + contentFields.length);
          head.hash = canonicalHash(key, head.hash, canonicalValues(content));
          head.seq = seq;
          values[row + hashAt] = head.hash;
        }
      },
      DuesChainHead: (columns, values) => {
        const unitAt = columnIndex('DuesChainHead', columns, 'unitId');
        const seqAt = columnIndex('DuesChainHead', columns, 'seq');
        const hashAt = columnIndex('DuesChainHead', columns, 'hash');
        for (let row = 0; row < values.length; row += columns.length) {
          const unitId = values[row + unitAt] as number;
          const seq = values[row + seqAt];
          const head = heads.get(unitId);
          if (!head || head.seq !== seq)
            throw new Error(`dues chain: unit ${unitId}'s head at ${seq}, its entries end at ${head?.seq ?? 0}`);
          values[row + hashAt] = head.hash;
        }
      },
    };
  },
};
