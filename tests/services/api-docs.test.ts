// docs/api.md lists every procedure of the merged router with its kind, and nothing that is gone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appRouter } from '@strata/gateway';
import { describe, expect, it } from 'vitest';

const doc = readFileSync(resolve(import.meta.dirname, '../../docs/api.md'), 'utf8');

/** `service.procedure` -> kind, from each `## <service>` section's table. */
function documented(): Record<string, string> {
  const out: Record<string, string> = {};
  let service = '';
  for (const line of doc.split('\n')) {
    const heading = /^## (\w+)\s*$/.exec(line);
    if (heading) service = heading[1] as string;
    else if (line.startsWith('## ')) service = '';
    const row = /^\|\s*([a-zA-Z]+\.[a-zA-Z]+)\s*\|\s*(query|mutation)\s*\|/.exec(line);
    if (service && row) out[`${service}.${row[1]}`] = row[2] as string;
  }
  return out;
}

describe('docs/api.md', () => {
  it('documents every procedure, with the right kind', () => {
    const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const actual = Object.fromEntries(Object.entries(procedures).map(([path, p]) => [path, p._def.type]));
    expect(documented()).toEqual(actual);
  });
});
