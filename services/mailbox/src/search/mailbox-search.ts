// What the header's search finds of the mailbox team: letters by words of their title or by their number
// (mailbox.read), read through the letters list in the caller's whole scope, so a hit is exactly a row that list shows
// the caller. The list never reads the submitter (nor the body), so no hit can carry a name, a phone or an address. A
// letter opens its own page.
import { type AuthedContext, defineSearch, type FoundByKind } from '@strata/api';
import { searchLimits } from '@strata/contract';
import { listLetters } from '../letters/list-letters';

const take = searchLimits.perKind + 1;

async function letters(ctx: AuthedContext, q: string) {
  // No unitId: the list reads the caller's whole mailbox.read scope, every root at once. The view `all`, as the
  // queue's default `open` would leave out answered, closed and rejected letters; by deadline, as the list opens.
  const page = await listLetters(ctx.db, {
    scope: ctx.scope,
    filter: { view: 'all', q, sort: 'dueAt', order: 'asc', page: 1, pageSize: take },
    now: ctx.now(),
  });
  return page.items.map((l) => ({
    kind: 'letter',
    id: l.id,
    title: l.title,
    // The letter's number (2026-000123), which the search also finds it by; never its query code, which the list
    // does not know (only its hash is stored).
    detail: l.number,
    unitName: l.unitName,
    path: `/mailbox/letters/${l.id}`,
  }));
}

export const mailboxSearch = defineSearch({
  permission: 'mailbox.read',
  kinds: {
    'zh-CN': { letter: '来信' },
    'en-US': { letter: 'Letters' },
  },
  find: async (ctx, q): Promise<FoundByKind> => ({ letter: await letters(ctx, q) }),
});
