// Scope cases of the statistics: in each own township a letter received and a board topic posted at one of its
// branches on a day of its own are counted for the township, its kind and the branch's line in the ranking; for
// 东湖街道 (and where the grant holds no mailbox permission) the statistics answer exactly as for a missing unit.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import type { TestEnv } from '../../../../tests/support/env';
import { countPerEnv } from '../../../../tests/support/factories';
import { eachPlace, expectHidden, missing, type ScopeCase } from '../../../../tests/support/scope-test';
import { addTopic } from '../board-support';
import { addLetter } from '../support/letters';

const days = countPerEnv();
/** A day in 2019 no other case counts letters on in this environment's database (noon in Asia/Shanghai). */
const freshDay = (env: TestEnv) => {
  const day = new Date(Date.UTC(2019, 0, 1) + days(env) * 86_400_000).toISOString().slice(0, 10);
  return { day, at: new Date(`${day}T04:00:00Z`) };
};

export const scopeCases: Record<string, ScopeCase> = {
  'mailbox.stats.letters': (t) =>
    eachPlace(
      t,
      'mailbox.read',
      async (p) => {
        const { day, at } = freshDay(t.env);
        const branch = p.branches[0] as Unit;
        await addLetter(t.env, branch.id, { kind: 'complaint', at });
        // 东湖街道's letter of the same day is never counted.
        await addLetter(t.env, (t.foreign.branches[0] as Unit).id, { kind: 'complaint', at });
        // A topic on the branch's board that day (due in 2099), and 东湖街道's, never counted either.
        await addTopic(t.env, branch.id, t.user.id, { at });
        await addTopic(t.env, (t.foreign.branches[0] as Unit).id, t.user.id, { at });
        const stats = await t.a.mailbox.stats.letters({ unitId: p.township.id, from: day, to: day });
        expect(stats.unit).toEqual({ id: p.township.id, name: p.township.name });
        expect(stats.totals).toMatchObject({ received: 1, answered: 0, open: 1, overdue: 1, onTimeRate: 0 });
        expect(stats.byKind.find((k) => k.kind === 'complaint')?.figures.received).toBe(1);
        expect(stats.children.find((c) => c.unitId === branch.id)?.figures.received).toBe(1);
        expect(stats.children.reduce((n, c) => n + c.figures.received, 0)).toBe(1);
        expect(stats.months).toEqual([expect.objectContaining({ month: day.slice(0, 7), received: 1 })]);
        const waiting = { created: 1, answered: 0, answeredOnTime: 0, unanswered: 1, overdue: 0, onTimeRate: null };
        expect(stats.board.totals).toEqual(waiting);
        expect(stats.board.children.find((c) => c.unitId === branch.id)?.figures).toEqual(waiting);
        expect(stats.board.children.reduce((n, c) => n + c.figures.created, 0)).toBe(1);
      },
      async (p) => {
        const { day } = freshDay(t.env);
        await expectHidden(
          t.a.mailbox.stats.letters({ unitId: p.township.id, from: day, to: day }),
          t.a.mailbox.stats.letters({ unitId: missing, from: day, to: day }),
        );
      },
    ),
};
