import { describe, expect, it } from 'vitest';
import { heapDiff, heapGroups } from './heap-diff';

/** A snapshot in V8's layout: nodes as flat [type, name, self_size] triples, names and types by index. */
const snapshot = (nodes: [type: number, name: number, size: number][]) => ({
  snapshot: {
    meta: { node_fields: ['type', 'name', 'self_size'], node_types: [['hidden', 'object', 'string']] as [string[]] },
  },
  nodes: nodes.flat(),
  strings: ['Map', 'Session', 'hello', 'world'],
});

describe('heap snapshots compared', () => {
  it('groups objects by constructor and strings as one group, counting and summing their sizes', () => {
    const groups = heapGroups(
      snapshot([
        [1, 0, 40],
        [1, 0, 40],
        [1, 1, 100],
        [2, 2, 16],
        [2, 3, 24],
      ]),
    );
    expect(Object.fromEntries(groups)).toEqual({
      'object: Map': { count: 2, bytes: 80 },
      'object: Session': { count: 1, bytes: 100 },
      '(string)': { count: 2, bytes: 40 },
    });
  });

  it('puts the group that grew most first, with its change in count and size', () => {
    const before = heapGroups(
      snapshot([
        [1, 0, 40],
        [1, 1, 100],
      ]),
    );
    const after = heapGroups(
      snapshot([[1, 0, 40], ...Array.from({ length: 30 }, () => [1, 1, 1024] as [number, number, number])]),
    );
    const diff = heapDiff(before, after);
    expect(diff.largestChanges[0]).toEqual({
      group: 'object: Session',
      count: 30,
      countChange: 29,
      kb: 30,
      kbChange: 29.9,
    });
    expect(diff.largestChanges[1]).toMatchObject({ group: 'object: Map', countChange: 0, kbChange: 0 });
  });
});
