// The server's memory map as /proc/<pid>/smaps lists it, for the soak's --memory-split: resident kB per mapping,
// and which mappings grew between two readings, so native growth (malloc arenas, SQLite, WebAssembly code) is
// told apart from V8's heap pages by where it lies.
import { readFileSync } from 'node:fs';

export type Mapping = { range: string; perms: string; sizeKb: number; rssKb: number; name: string };

export function parseSmaps(text: string): Mapping[] {
  const mappings: Mapping[] = [];
  let current: Mapping | undefined;
  for (const line of text.split('\n')) {
    const header = /^([0-9a-f]+-[0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (header) {
      current = { range: header[1] as string, perms: header[2] as string, sizeKb: 0, rssKb: 0, name: header[3] || '' };
      mappings.push(current);
      continue;
    }
    const field = /^(Size|Rss):\s+(\d+) kB/.exec(line);
    if (field && current) current[field[1] === 'Size' ? 'sizeKb' : 'rssKb'] = Number(field[2]);
  }
  return mappings;
}

export const readSmaps = (pid: number) => parseSmaps(readFileSync(`/proc/${pid}/smaps`, 'utf8'));

/** Resident kB by kind of mapping: the brk heap, other anonymous memory by permissions, and files. */
export function smapsByKind(mappings: Mapping[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const m of mappings) {
    const kind = m.name === '' ? `anonymous ${m.perms}` : m.name.startsWith('[') ? m.name : 'files';
    kinds[kind] = (kinds[kind] ?? 0) + m.rssKb;
  }
  return kinds;
}

/** Where a mapping starts: a growing one (the brk heap) keeps its start while its end moves. */
const startOf = (m: Mapping) => m.range.split('-')[0] as string;

/** The mappings whose resident size changed most between two readings (matched by start address). */
export function smapsGrowth(before: Mapping[], after: Mapping[], top = 15) {
  const was = new Map(before.map((m) => [startOf(m), m.rssKb]));
  return after
    .map((m) => ({ ...m, rssChangeKb: m.rssKb - (was.get(startOf(m)) ?? 0), isNew: !was.has(startOf(m)) }))
    .filter((m) => m.rssChangeKb !== 0)
    .sort((a, b) => Math.abs(b.rssChangeKb) - Math.abs(a.rssChangeKb))
    .slice(0, top);
}
