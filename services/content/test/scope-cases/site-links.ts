// Scope cases of a unit's related links (the portal's links page): in each own township the caller lists a branch's
// links, adds, removes and reorders them where it manages content; 东湖街道's units and links answer as missing, and
// a refused call changes nothing.
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import { eachPlace, expectHidden, missing, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';

const addLinkAt = (t: ScopeTest, unitId: number, sort = 0) =>
  t.env.db.siteLink.create({ data: { unitId, label: uniqueName('链接'), url: 'https://www.example.org/', sort } });
const linkOrder = async (t: ScopeTest, unitId: number) =>
  (await t.env.db.siteLink.findMany({ where: { unitId }, orderBy: [{ sort: 'asc' }, { id: 'asc' }] })).map((l) => l.id);

export const scopeCases: Record<string, ScopeCase> = {
  'content.siteLinks.list': (t) =>
    eachPlace(
      t,
      'content.read',
      async (p) => {
        const link = await addLinkAt(t, p.branches[0]!.id);
        const rows = await t.a.content.siteLinks.list({ unitId: p.branches[0]!.id });
        expect(rows).toContainEqual(expect.objectContaining({ id: link.id, label: link.label, url: link.url }));
      },
      async (p) => {
        await addLinkAt(t, p.branches[0]!.id);
        await expectHidden(
          t.a.content.siteLinks.list({ unitId: p.branches[0]!.id }),
          t.a.content.siteLinks.list({ unitId: missing }),
        );
      },
    ),

  'content.siteLinks.add': (t) =>
    eachPlace(
      t,
      'content.manage',
      async (p) => {
        const label = uniqueName('新链接');
        const row = await t.a.content.siteLinks.add({ unitId: p.branches[0]!.id, label, url: 'https://example.org/a' });
        expect(await t.env.db.siteLink.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
          unitId: p.branches[0]!.id,
          label,
          url: 'https://example.org/a',
        });
      },
      async (p) => {
        const before = await t.env.db.siteLink.count();
        await expectHidden(
          t.a.content.siteLinks.add({ unitId: p.branches[0]!.id, label: '越权链接', url: 'https://example.org/' }),
          t.a.content.siteLinks.add({ unitId: missing, label: '越权链接', url: 'https://example.org/' }),
        );
        expect(await t.env.db.siteLink.count()).toBe(before);
      },
    ),

  'content.siteLinks.remove': (t) =>
    eachPlace(
      t,
      'content.manage',
      async (p) => {
        const link = await addLinkAt(t, p.branches[0]!.id);
        expect(await t.a.content.siteLinks.remove({ id: link.id })).toEqual({ ok: true });
        expect(await t.env.db.siteLink.findUnique({ where: { id: link.id } })).toBeNull();
      },
      async (p) => {
        const link = await addLinkAt(t, p.branches[0]!.id);
        await expectHidden(
          t.a.content.siteLinks.remove({ id: link.id }),
          t.a.content.siteLinks.remove({ id: missing }),
        );
        expect(await t.env.db.siteLink.findUnique({ where: { id: link.id } })).not.toBeNull();
      },
    ),

  'content.siteLinks.reorder': (t) =>
    eachPlace(
      t,
      'content.manage',
      async (p) => {
        const unitId = p.branches[5]!.id;
        await addLinkAt(t, unitId, 10);
        await addLinkAt(t, unitId, 11);
        const reversed = (await linkOrder(t, unitId)).reverse();
        const got = await t.a.content.siteLinks.reorder({ unitId, ids: reversed });
        expect(got.map((l) => l.id)).toEqual(reversed);
        expect(await linkOrder(t, unitId)).toEqual(reversed);
      },
      async (p) => {
        const unitId = p.branches[5]!.id;
        await addLinkAt(t, unitId, 10);
        await addLinkAt(t, unitId, 11);
        const before = await linkOrder(t, unitId);
        const reversed = [...before].reverse();
        await expectHidden(
          t.a.content.siteLinks.reorder({ unitId, ids: reversed }),
          t.a.content.siteLinks.reorder({ unitId: missing, ids: reversed }),
        );
        expect(await linkOrder(t, unitId)).toEqual(before);
      },
    ),
};
