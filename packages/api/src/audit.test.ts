import { describe, expect, it } from 'vitest';
import { snapshotsForReader, unitIdsIn } from './audit';

describe('audit images for a reader', () => {
  const row = {
    id: 1,
    before: null,
    after: JSON.stringify({
      unitId: 2,
      unitName: 'own',
      grants: [
        { role: 'editor', unitId: 2, unitName: 'own' },
        { role: 'reviewer', unitId: 9, unitName: 'foreign', nested: { unitId: 2 } },
      ],
    }),
  };

  it('finds every unit an image names, at any depth', () => {
    expect([...unitIdsIn(JSON.parse(row.after))].sort()).toEqual([2, 9]);
  });

  it('replaces whole objects owned by an invisible unit and keeps the rest', async () => {
    const [out] = await snapshotsForReader([row], async (ids) => ids.filter((id) => id === 2));
    expect(JSON.parse(out?.after ?? '')).toEqual({
      unitId: 2,
      unitName: 'own',
      grants: [{ role: 'editor', unitId: 2, unitName: 'own' }, { outsideScope: true }],
    });
    expect(out?.before).toBeNull();
  });

  it('keeps images whole for a reader who sees every unit, and text that is not JSON as it is', async () => {
    const [out] = await snapshotsForReader([{ ...row, before: 'plain words' }], async (ids) => ids);
    expect(out?.after).toBe(row.after);
    expect(out?.before).toBe('plain words');
  });

  it('hides the owning object itself when its unit is invisible', async () => {
    const [out] = await snapshotsForReader([{ before: '{"unitId":9,"name":"x"}', after: null }], async () => []);
    expect(out?.before).toBe('{"outsideScope":true}');
  });
});
