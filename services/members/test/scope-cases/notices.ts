// Scope cases of the bell's transfer news: in each own township where the caller transfers members, a letter from
// 东湖街道 addressed to its branch is news awaiting receipt there, and a letter its branch sent is news when about to
// lapse, each with the page's path to it; letters between two branches of 东湖街道, or of a township where the caller's
// grant carries no members.transfer, are never among the caller's notices. The clock stands years after the letters
// other cases leave, so only this case's letters are awaiting receipt and the counts are exact.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { eachPlace, type Place, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';
import { addLetter } from '../support/transfers';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const otherBranchOf = (p: Place): Unit => p.branches[1] as Unit;
const today = '2036-03-10T10:00:00';
/** Issued a week ago: awaiting receipt. Issued three months before the 20th: ending within 14 days. */
const recent = '2036-03-02';
const lapsing = '2035-12-20';

const listAt = (t: ScopeTest) => t.env.at(today, () => t.a.members.notices.list());
const keysOf = (items: { key: string }[], id: number) =>
  items.map((i) => i.key).filter((k) => k.split(':')[2] === `${id}`);

export const scopeCases: Record<string, ScopeCase> = {
  'members.notices.list': (t) =>
    eachPlace(
      t,
      'members.transfer',
      async (p) => {
        const incoming = await addLetter(t.env, branchOf(t.foreign).id, branchOf(p).id, { issuedOn: recent });
        const sent = await addLetter(t.env, branchOf(p).id, branchOf(t.foreign).id, { issuedOn: lapsing });
        const { items, counts } = await listAt(t);
        expect(items).toContainEqual(
          expect.objectContaining({
            kind: 'transferIncoming',
            unitName: branchOf(p).name,
            path: `/members/transfers?direction=in&state=issued&letter=${incoming.id}&at=${branchOf(p).id}`,
          }),
        );
        expect(items).toContainEqual(
          expect.objectContaining({
            kind: 'transferExpiring',
            unitName: branchOf(p).name,
            path: `/members/transfers?direction=out&state=issued&sort=expiresOn&order=asc&letter=${sent.id}&at=${branchOf(p).id}`,
          }),
        );
        expect(counts).toEqual({ transferExpiring: 1, transferIncoming: 1 });
        // Done with, for the next caller's exact counts: cancelled letters are nobody's news.
        await t.env.db.transfer.updateMany({
          where: { id: { in: [incoming.id, sent.id] } },
          data: { state: 'cancelled' },
        });
        expect((await listAt(t)).counts).toEqual({ transferExpiring: 0, transferIncoming: 0 });
      },
      async (p) => {
        // Both kinds' letters, between two branches of a place where the caller transfers nobody.
        const incoming = await addLetter(t.env, branchOf(p).id, otherBranchOf(p).id, { issuedOn: recent });
        const sent = await addLetter(t.env, otherBranchOf(p).id, branchOf(p).id, { issuedOn: lapsing });
        const { items } = await listAt(t);
        expect([...keysOf(items, incoming.id), ...keysOf(items, sent.id)]).toEqual([]);
      },
    ),
};
