// Each team's API.md (services/<team>/API.md) lists every procedure of its router with its kind, and
// nothing that is gone.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { teams } from '@strata/gateway';
import { describe, expect, it } from 'vitest';

/** `procedure` -> kind, from the table rows of a team's API.md. */
function documented(doc: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of doc.split('\n')) {
    const row = /^\|\s*([a-zA-Z]+\.[a-zA-Z]+)\s*\|\s*(query|mutation)\s*\|/.exec(line);
    if (row) out[row[1] as string] = row[2] as string;
  }
  return out;
}

describe.each(teams.map((t) => [t.name, t] as const))('services/%s/API.md', (name, team) => {
  const file = resolve(import.meta.dirname, `../../services/${name}/API.md`);

  it('documents every procedure, with the right kind', () => {
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const procedures = team.router._def.procedures as unknown as Record<string, { _def: { type: string } }>;
    const actual = Object.fromEntries(Object.entries(procedures).map(([path, p]) => [path, p._def.type]));
    expect(documented(readFileSync(file, 'utf8'))).toEqual(actual);
  });
});
