import type { Tx } from '@strata/db';
import { describe, expect, it } from 'vitest';
import { type AuditEntry, recordAudit, snapshotsForReader, unitIdsIn } from './audit';
import { requestOrigin, userAgentLimit, withRequestOrigin } from './request-origin';

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

describe('recording an audit entry', () => {
  const record = async (entry: Partial<AuditEntry>) => {
    const written: unknown[] = [];
    const tx = { auditLog: { create: async (args: unknown) => void written.push(args) } } as unknown as Tx;
    await recordAudit(tx, {
      actorId: 4,
      unitId: 7,
      action: 'user.update',
      entity: 'User',
      entityId: 12,
      label: '张三',
      ...entry,
    });
    return written;
  };

  it('writes who, where, what and both images, the entity id as text', async () => {
    expect(await record({ before: { name: 'a' }, after: { name: 'b' } })).toEqual([
      {
        data: {
          actorId: 4,
          unitId: 7,
          action: 'user.update',
          entity: 'User',
          entityId: '12',
          entityLabel: '张三',
          labelUnitId: 7,
          before: '{"name":"a"}',
          after: '{"name":"b"}',
          clientAddress: null,
          userAgent: null,
        },
      },
    ]);
  });

  it('keeps the label’s owning unit when it is not the entry’s, and a bounded label', async () => {
    const [entry] = (await record({ labelUnitId: 9, label: 'x'.repeat(500) })) as { data: Record<string, unknown> }[];
    expect(entry?.data).toMatchObject({ unitId: 7, labelUnitId: 9, entityLabel: 'x'.repeat(200) });
  });

  it('writes the current request’s address and user agent, and none outside a request', async () => {
    const origin = requestOrigin('203.0.113.7', `  Mozilla/5.0 ${'x'.repeat(600)}`);
    const [inside] = (await withRequestOrigin(origin, () => record({}))) as { data: Record<string, unknown> }[];
    expect(inside?.data.clientAddress).toBe('203.0.113.7');
    expect(String(inside?.data.userAgent)).toMatch(/^Mozilla\/5\.0 x+$/);
    expect(String(inside?.data.userAgent)).toHaveLength(userAgentLimit);
    const [outside] = (await record({})) as { data: Record<string, unknown> }[];
    expect(outside?.data).toMatchObject({ clientAddress: null, userAgent: null });
    // In-process callers without an address ("local") and an empty header record nothing.
    expect(requestOrigin('local', '  ')).toEqual({ clientAddress: null, userAgent: null });
  });

  it('writes no image when there is none', async () => {
    const [entry] = (await record({ actorId: null, before: null })) as { data: Record<string, unknown> }[];
    expect(entry?.data).toMatchObject({ actorId: null, before: null, after: null });
  });

  it('never writes a secret, at any depth, and keeps falsy values that are not secrets', async () => {
    const secrets = {
      passwordHash: 'h',
      password: 'p',
      newPassword: 'n',
      currentPassword: 'c',
      csrfToken: 't',
      token: 'k',
    };
    const [entry] = (await record({
      before: { ...secrets, name: 'a', nested: [{ ...secrets, disabled: false, count: 0 }] },
    })) as { data: { before: string } }[];
    expect(JSON.parse(entry?.data.before ?? '')).toEqual({ name: 'a', nested: [{ disabled: false, count: 0 }] });
  });
});

describe('audit images a reader may see', () => {
  it('asks nothing when the images name no unit', async () => {
    const asked: number[][] = [];
    const rows = [
      { before: '{"name":"a"}', after: null },
      { before: null, after: '[1,"two",{"unitId":"7"}]' },
    ];
    const out = await snapshotsForReader(rows, async (ids) => {
      asked.push(ids);
      return [];
    });
    expect(asked).toEqual([]);
    expect(out).toEqual(rows);
  });

  it('asks once for every unit all rows name, and redacts inside arrays', async () => {
    const asked: number[][] = [];
    const out = await snapshotsForReader(
      [
        { before: '[{"unitId":3,"n":1},{"unitId":4}]', after: '{"unitId":3}' },
        { before: null, after: '{"list":[{"unitId":5}],"unitId":3}' },
      ],
      async (ids) => {
        asked.push(ids);
        return [3];
      },
    );
    expect(asked.map((ids) => [...ids].sort())).toEqual([[3, 4, 5]]);
    expect(out.map((r) => [r.before, r.after])).toEqual([
      ['[{"unitId":3,"n":1},{"outsideScope":true}]', '{"unitId":3}'],
      [null, '{"list":[{"outsideScope":true}],"unitId":3}'],
    ]);
  });

  it('finds unit ids only as numbers under the key unitId', () => {
    expect([
      ...unitIdsIn({ unitId: '3', id: 4, list: [{ unitId: 5 }, null, 'unitId'], deep: { deeper: { unitId: 6 } } }),
    ]).toEqual([5, 6]);
  });
});
