// The header's search over the registry: a member of the caller's own township is found by a part of their name, with
// the name, the stage's code, the unit and the profile's path, and nothing of the ID number or phone (neither in the
// clear nor masked); the same in 东湖街道 (or an own township where the grant carries no members.read) is not found,
// and the answer says nothing of it (no hit, no "more").
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import { eachPlace, type Place, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';
import { addMember, newIdNumber } from '../support/members';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
let phones = 0;

/** A probationary member of the place's first branch, named with a word found nowhere else, with known ID and phone. */
async function namedIn(t: ScopeTest, p: Place) {
  const word = uniqueName(`${t.tag}搜寻`).replace('-', '');
  const { idNumber, birthDate, gender } = newIdNumber();
  phones += 1;
  const phone = `139${String(phones + process.pid * 100)
    .padStart(8, '0')
    .slice(-8)}`;
  const member = await addMember(t.env, branchOf(p).id, {
    name: `${word}同志`,
    stage: 'probationary',
    idNumber,
    birthDate,
    gender,
    phone,
  });
  return { word, member, idNumber, phone };
}

export const scopeCases: Record<string, ScopeCase> = {
  'members.search.find': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        const { word, member, idNumber, phone } = await namedIn(t, p);
        const { hits, more } = await t.a.members.search.find({ q: word });
        expect(hits).toEqual([
          {
            kind: 'member',
            id: member.id,
            title: `${word}同志`,
            detail: '预备党员',
            unitName: branchOf(p).name,
            path: `/members/registry/${member.id}`,
          },
        ]);
        expect(more).toEqual({ member: false });
        // Whatever members.pii the caller holds, a hit shows no personal data: not the values, nor the list's masks.
        const said = JSON.stringify(hits);
        for (const shown of [idNumber, phone, `${idNumber.slice(0, 6)}********`, `${phone.slice(0, 3)}****`])
          expect(said).not.toContain(shown);
      },
      async (p) => {
        const { word } = await namedIn(t, p);
        expect(await t.a.members.search.find({ q: word })).toEqual({ hits: [], more: { member: false } });
      },
    ),
};
