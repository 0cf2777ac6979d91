// Scope cases of the bell's dues news. In each own township where the caller keeps the books, a fresh branch with two
// members six months behind and a hardship request proposed is listed, one notice of each kind opening the branch's
// lists; the same in 东湖街道 (or a township where the caller's grant gives no dues) is never named, nor counted.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addUnit, uniqueName } from '../../../../tests/support/factories';
import { eachPlace, type Place, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';
import { addPayer } from '../support/dues';

/** The clock of the case: six months unpaid before it (March to August), the request proposed then. */
const at = '2026-09-10T10:00:00';
const months = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'];

/** A fresh branch of the township with two members behind on every month above, one of them asking for a reduction. */
async function branchBehind(t: ScopeTest, p: Place) {
  const branch = await addUnit(t.env, p.township as Unit, { kind: 'branch', name: uniqueName(`${t.tag}欠缴支部`) });
  const first = await addPayer(t.env, branch.id);
  await addPayer(t.env, branch.id);
  const admin = await t.env.as('admin');
  const request = await t.env.at(at, async () => {
    for (const month of months) await admin.dues.ledger.assess({ unitId: branch.id, month });
    return admin.dues.hardship.propose({
      memberId: first.id,
      fromMonth: '2026-11',
      toMonth: '2026-12',
      payFen: 0,
      reason: '家庭困难，支部大会讨论同意',
    });
  });
  return { branch, request };
}

/** The units the items' paths open. */
const units = (items: { path: string }[]) =>
  items.map((i) => Number(new URL(i.path, 'http://console').searchParams.get('unit')));

export const scopeCases: Record<string, ScopeCase> = {
  'dues.notices.list': (t) =>
    eachPlace(
      t,
      'dues.record',
      async (p) => {
        const before = await t.env.at(at, () => t.a.dues.notices.list());
        const { branch, request } = await branchBehind(t, p);
        const { items, counts } = await t.env.at(at, () => t.a.dues.notices.list());
        expect(items).toContainEqual(
          expect.objectContaining({
            kind: 'arrears',
            title: '2 名党员欠缴党费满 6 个月',
            unitName: branch.name,
            path: `/dues/members?flagged=true&sort=arrears&order=desc&at=${branch.id}`,
          }),
        );
        expect(items).toContainEqual(
          expect.objectContaining({
            kind: 'hardshipPending',
            key: `dues:hardshipPending:${branch.id}:1:${request.id}`,
            unitName: branch.name,
            path: `/dues/hardship?state=proposed&at=${branch.id}`,
          }),
        );
        // One unit more of each kind: the branch.
        expect(counts).toEqual({
          arrears: (before.counts.arrears ?? 0) + 1,
          hardshipPending: (before.counts.hardshipPending ?? 0) + 1,
        });
        // Decided, the request is no longer news (and leaves room for the next caller's).
        await t.a.dues.hardship.decide({ id: request.id, approve: false, answer: '不符合条件' });
        const after = await t.env.at(at, () => t.a.dues.notices.list());
        expect(after.items.filter((i) => i.kind === 'hardshipPending').map((i) => i.key)).not.toContain(
          `dues:hardshipPending:${branch.id}:1:${request.id}`,
        );
      },
      async (p) => {
        const before = await t.env.at(at, () => t.a.dues.notices.list());
        const { branch, request } = await branchBehind(t, p);
        const { items, counts } = await t.env.at(at, () => t.a.dues.notices.list());
        expect(units(items)).not.toContain(branch.id);
        expect(items.map((i) => i.key).filter((k) => k.endsWith(`:${request.id}`))).toEqual([]);
        // Nor counted: the counts are what they were before the branch fell behind.
        expect(counts).toEqual(before.counts);
        const admin = await t.env.as('admin');
        await admin.dues.hardship.decide({ id: request.id, approve: false, answer: '不符合条件' });
      },
    ),
};
