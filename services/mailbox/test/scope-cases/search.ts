// The header's search over letters: a letter of the caller's own township is found by a word of its title (an open
// one and a rejected one alike, by deadline) and by its number, with the path that opens it and nothing of its writer;
// the same in 东湖街道 (or an own township where the grant carries no mailbox permission) is not found, and the answer
// says nothing of it (no hit, no "more").
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import { eachPlace, type Place, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';
import { addLetter } from '../support/letters';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const writer = '钱七';
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/**
 * Two letters to the place's first branch titled with a word found nowhere else, from a known writer: one still open,
 * one sent earlier and rejected (out of the queue's default view, so only a search over every letter finds it).
 */
async function lettersIn(t: ScopeTest, p: Place) {
  const word = uniqueName(`${t.tag}搜信`).replace('-', '');
  // A phone of its own per letter, so the per-phone limit is never met, and never one the factory hands out (139…).
  const phone = () => `136${uniqueName('').slice(1).padStart(8, '0')}`;
  const phones = [phone(), phone()] as const;
  const open = await addLetter(t.env, branchOf(p).id, { title: `${word}的来信`, name: writer, phone: phones[0] });
  const rejected = await addLetter(t.env, branchOf(p).id, {
    title: `关于${word}的意见`,
    name: writer,
    phone: phones[1],
    at: daysAgo(20),
  });
  await t.env.db.letter.update({
    where: { id: rejected.id },
    data: { status: 'rejected', reason: '不属于受理范围', openDueAt: null },
  });
  return { word, open, rejected, phones };
}

export const scopeCases: Record<string, ScopeCase> = {
  'mailbox.search.find': (t) =>
    eachPlace(
      t,
      'mailbox.read',
      async (p) => {
        const { word, open, rejected, phones } = await lettersIn(t, p);
        const hit = (letter: { id: number; number: string }, title: string) => ({
          kind: 'letter',
          id: letter.id,
          title,
          detail: letter.number,
          unitName: branchOf(p).name,
          path: `/mailbox/letters/${letter.id}`,
        });
        const found = await t.a.mailbox.search.find({ q: word });
        // By deadline, as the list opens: the earlier letter's falls first.
        expect(found).toEqual({
          hits: [hit(rejected, `关于${word}的意见`), hit(open, `${word}的来信`)],
          more: { letter: false },
        });
        expect(await t.a.mailbox.search.find({ q: open.number })).toEqual({
          hits: [hit(open, `${word}的来信`)],
          more: { letter: false },
        });
        // Nothing of the writer, masked or not: the list the search reads never holds the submitter.
        const text = JSON.stringify(found);
        expect(text).not.toContain(writer);
        expect(text).not.toContain('钱*');
        for (const phone of phones) {
          expect(text).not.toContain(phone);
          expect(text).not.toContain(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
        }
      },
      async (p) => {
        const { word, open } = await lettersIn(t, p);
        expect(await t.a.mailbox.search.find({ q: word })).toEqual({ hits: [], more: { letter: false } });
        expect(await t.a.mailbox.search.find({ q: open.number })).toEqual({ hits: [], more: { letter: false } });
      },
    ),
};
