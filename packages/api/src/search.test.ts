import { describe, expect, it } from 'vitest';
import { boundedHits } from './search';

const hit = (kind: string, id: number) => ({ kind, id, title: `${kind}${id}`, detail: '', unitName: '', path: '/' });

describe('a search answer', () => {
  it('keeps five hits of each kind in the finder’s order, and says which kinds had more', () => {
    const units = [1, 2, 3, 4, 5, 6].map((id) => hit('unit', id));
    const users = [7, 8].map((id) => hit('user', id));
    expect(boundedHits({ unit: units, user: users, none: [] })).toEqual({
      hits: [...units.slice(0, 5), ...users],
      more: { unit: true, user: false, none: false },
    });
  });
});
