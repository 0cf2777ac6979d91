// The chain's links and hashes filled where the large fixture's entries are written (the bulk writer's deriveOnWrite):
// on its SQLite load, the writer's own thread, which waits on the generators half the time while they hash (four
// million keyed hashes at xl, about 10 s of the generating thread's CPU before). The same chain as chainNext makes:
// each unit's entries in sequence order from chainStart, each hashed by entryHash over the one before; then each unit's
// head, its last entry. The writer takes each table's rows in the order given, so a unit's entries (and the heads,
// written after every entry) arrive in their order.
import type { RowDerivers } from '@strata/db/bulk';
import { type ChainHead, chainStart, contentFields, type EntryContent, entryHash } from './chain';

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
    const key = Buffer.from(ledgerKey);
    const heads = new Map<number, ChainHead>();
    return {
      DuesEntry: (columns, rows) => {
        const at = contentFields.map((name) => columnIndex('DuesEntry', columns, name));
        const prevAt = columnIndex('DuesEntry', columns, 'prevHash');
        const hashAt = columnIndex('DuesEntry', columns, 'hash');
        for (const row of rows) {
          // Field by field (four million rows, on the writer's busy thread).
          const entry = {} as EntryContent & Record<string, unknown>;
          for (let i = 0; i < at.length; i++) entry[contentFields[i] as string] = row[at[i] as number];
          let head = heads.get(entry.unitId);
          if (!head) {
            head = { seq: 0, hash: chainStart };
            heads.set(entry.unitId, head);
          }
          if (entry.seq !== head.seq + 1)
            throw new Error(`dues chain: unit ${entry.unitId}'s entry ${entry.seq} follows ${head.seq}`);
          row[prevAt] = head.hash;
          head.hash = entryHash(key, head.hash, entry);
          head.seq = entry.seq;
          row[hashAt] = head.hash;
        }
      },
      DuesChainHead: (columns, rows) => {
        const unitAt = columnIndex('DuesChainHead', columns, 'unitId');
        const seqAt = columnIndex('DuesChainHead', columns, 'seq');
        const hashAt = columnIndex('DuesChainHead', columns, 'hash');
        for (const row of rows) {
          const head = heads.get(row[unitAt] as number);
          if (!head || head.seq !== row[seqAt])
            throw new Error(
              `dues chain: unit ${row[unitAt]}'s head at ${row[seqAt]}, its entries end at ${head?.seq ?? 0}`,
            );
          row[hashAt] = head.hash;
        }
      },
    };
  },
};
