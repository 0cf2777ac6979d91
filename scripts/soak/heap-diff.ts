// Two V8 heap snapshots (the soak's --heap-snapshots) compared by what they hold: objects grouped by kind and
// constructor (strings, code and arrays each as one group), with count and self size in each and the change
// between the two, largest first. Usage: npx tsx scripts/soak/heap-diff.ts before.heapsnapshot after.heapsnapshot
import { readFileSync } from 'node:fs';

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
};

/** Groups whose members are told apart by their value, not their kind: summed as one. */
const byValue = new Set(['string', 'concatenated string', 'sliced string', 'number', 'bigint', 'code', 'regexp']);

export type Group = { count: number; bytes: number };

export function heapGroups(snapshot: Snapshot): Map<string, Group> {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const groups = new Map<string, Group>();
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = types[snapshot.nodes[i + typeAt] as number] as string;
    const name = snapshot.strings[snapshot.nodes[i + nameAt] as number] as string;
    const key = byValue.has(type) ? `(${type})` : `${type}: ${name.slice(0, 80)}`;
    const group = groups.get(key) ?? { count: 0, bytes: 0 };
    group.count++;
    group.bytes += snapshot.nodes[i + sizeAt] as number;
    groups.set(key, group);
  }
  return groups;
}

export function heapDiff(before: Map<string, Group>, after: Map<string, Group>, top = 30) {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const total = (groups: Map<string, Group>) => [...groups.values()].reduce((s, g) => s + g.bytes, 0);
  const rows = [...keys].map((key) => {
    const b = before.get(key) ?? { count: 0, bytes: 0 };
    const a = after.get(key) ?? { count: 0, bytes: 0 };
    return {
      group: key,
      count: a.count,
      countChange: a.count - b.count,
      kb: kb(a.bytes),
      kbChange: kb(a.bytes - b.bytes),
    };
  });
  rows.sort((x, y) => Math.abs(y.kbChange) - Math.abs(x.kbChange));
  return { beforeKb: kb(total(before)), afterKb: kb(total(after)), largestChanges: rows.slice(0, top) };
}

if (process.argv[1]?.endsWith('heap-diff.ts')) {
  const [beforeFile, afterFile] = process.argv.slice(2);
  if (!beforeFile || !afterFile) throw new Error('usage: heap-diff.ts before.heapsnapshot after.heapsnapshot');
  const read = (file: string) => heapGroups(JSON.parse(readFileSync(file, 'utf8')) as Snapshot);
  console.log(JSON.stringify(heapDiff(read(beforeFile), read(afterFile)), null, 2));
}
