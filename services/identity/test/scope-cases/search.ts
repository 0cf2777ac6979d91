// The header's search over units and accounts: a unit or an account of the caller's own township is found by a part
// of its name, with the path that opens it; the same in 东湖街道 (or an own township where the grant does not reach)
// is not found, and the answer says nothing of it (no hit, no "more").
import { expect } from 'vitest';
import { addAccount, addUnit, uniqueName } from '../../../../tests/support/factories';
import { eachPlace, type Place, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';

/** A unit and an account in the place's first branch, each named with a word found nowhere else. */
async function namedIn(t: ScopeTest, p: Place) {
  const word = uniqueName('搜寻').replace('-', '');
  const unit = await addUnit(t.env, p.branches[0]!, { name: `${word}党小组` });
  const user = await addAccount(t.env, { unitId: p.branches[0]!.id });
  await t.env.db.user.update({ where: { id: user.id }, data: { displayName: `${word}同志` } });
  return { word, unit, user };
}

export const scopeCases: Record<string, ScopeCase> = {
  'identity.search.find': (t) =>
    eachPlace(
      t,
      'unit.read',
      async (p) => {
        const { word, unit, user } = await namedIn(t, p);
        const { hits, more } = await t.a.identity.search.find({ q: word });
        expect(hits.filter((h) => h.kind === 'unit')).toEqual([
          {
            kind: 'unit',
            id: unit.id,
            title: `${word}党小组`,
            detail: '',
            unitName: p.branches[0]!.name,
            path: `/units?at=${unit.id}`,
          },
        ]);
        // Accounts only where the caller reads them (every caller here holds user.read where it reads units).
        const users = hits.filter((h) => h.kind === 'user');
        if (t.may('user.read', p.township.path))
          expect(users).toEqual([
            expect.objectContaining({ id: user.id, title: `${word}同志`, unitName: p.branches[0]!.name }),
          ]);
        else expect(users).toEqual([]);
        expect(more).toEqual({ unit: false, user: false });
      },
      async (p) => {
        const { word } = await namedIn(t, p);
        expect(await t.a.identity.search.find({ q: word })).toEqual({
          hits: [],
          more: { unit: false, user: false },
        });
      },
    ),
};
