// The output check: where it is on, an output must come out of its schema unchanged; where it is off (production),
// the output is sent as the procedure built it.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checked, checkOutputs, firstDifference } from './output-check';

const row = z.object({
  id: z.number().int(),
  at: z.string(),
  tags: z.array(z.object({ name: z.string() })),
  note: z.string().nullable(),
});

describe('the output check', () => {
  afterEach(() => checkOutputs(true));

  it('passes an output its schema leaves as it is, and gives it back', () => {
    const value = { id: 1, at: '2026-11-30T08:00:00.000Z', tags: [{ name: 'a' }], note: null };
    expect(checked(row)(value)).toEqual(value);
  });

  it('refuses a field the schema does not name, however deep, naming where it is', () => {
    const leaky = { id: 1, at: 'x', tags: [{ name: 'a' }, { name: 'b', passwordHash: 'h' }], note: null };
    expect(() => checked(row)(leaky)).toThrow(
      'output changed by its schema at .tags[1].passwordHash (not in the schema)',
    );
  });

  it('refuses what the schema would convert, default or reject', () => {
    const defaulted = z.object({ id: z.number(), status: z.string().default('draft') });
    expect(() => checked(defaulted)({ id: 1 })).toThrow('.status (added by the schema)');
    const converting = z.object({ at: z.date().transform((d) => d.toISOString()) });
    expect(() => checked(converting)({ at: new Date(0) })).toThrow('at .at');
    expect(() => checked(row)({ id: 1.5, at: 'x', tags: [], note: null })).toThrow();
  });

  it('compares values by what they hold', () => {
    expect(firstDifference({ a: [1, { b: new Date(5) }] }, { a: [1, { b: new Date(5) }] })).toBeNull();
    expect(firstDifference({ a: [1, 2] }, { a: [1] })).toBe('.a.length');
    expect(firstDifference({ a: new Date(5) }, { a: new Date(6) })).toBe('.a');
    expect(firstDifference('x', 'y')).toBe('(root)');
    expect(firstDifference({ a: undefined }, {})).toBe('.a (not in the schema)');
  });

  it('when off, sends the output as it was built, unparsed', () => {
    checkOutputs(false);
    const leaky = { id: 1, extra: true };
    expect(checked(row)(leaky)).toBe(leaky);
  });
});
