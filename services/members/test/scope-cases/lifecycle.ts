// Scope cases of the lifecycle. In each own township where the caller edits members, a branch's member is moved to
// the next stage with sponsors of the branch, has probation extended, a candidacy cancelled and mentors replaced, with
// the right result; the pipeline counts the township's members by stage, as the rows say. For 东湖街道 (and where the
// caller's grant carries no members permission) the same calls answer exactly as for a missing member or unit, and
// change nothing. The clock is set, so the rules read the same days whenever the suite runs.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { addUnit } from '../../../../tests/support/factories';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addMember, type MemberOptions } from '../support/members';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const memberRow = (t: ScopeTest, id: number) => t.env.db.member.findUniqueOrThrow({ where: { id } });
const today = '2026-03-10T10:00:00';

/** Two full, active members of the unit: sponsors the rules accept. */
async function sponsors(t: ScopeTest, unitId: number): Promise<[number, number]> {
  const a = await addMember(t.env, unitId, { stage: 'full' });
  const b = await addMember(t.env, unitId, { stage: 'full' });
  return [a.id, b.id];
}

/**
 * A step both ways: taken on an own branch's member (then `check`), refused on a foreign one as on a missing id, the
 * foreign member, their timeline and sponsors unchanged. `take` gets the member and two sponsors of its branch.
 */
function stepCase(
  member: MemberOptions,
  take: (t: ScopeTest, id: number, sponsorIds: [number, number]) => Promise<unknown>,
  check: (t: ScopeTest, id: number, sponsorIds: [number, number]) => Promise<void>,
): ScopeCase {
  return (t) =>
    eachPlace(
      t,
      'members.edit',
      async (p) => {
        const own = await addMember(t.env, branchOf(p).id, member);
        const pair = await sponsors(t, branchOf(p).id);
        await t.env.at(today, () => take(t, own.id, pair));
        await check(t, own.id, pair);
      },
      async (p) => {
        const foreign = await addMember(t.env, branchOf(p).id, member);
        const pair = await sponsors(t, branchOf(p).id);
        const before = await memberRow(t, foreign.id);
        await t.env.at(today, () => expectHidden(take(t, foreign.id, pair), take(t, missing, pair)));
        expect(await memberRow(t, foreign.id)).toEqual(before);
        expect(await t.env.db.memberEvent.count({ where: { memberId: foreign.id } })).toBe(0);
        expect(await t.env.db.memberSponsor.count({ where: { memberId: foreign.id } })).toBe(0);
      },
    );
}

export const scopeCases: Record<string, ScopeCase> = {
  'members.lifecycle.advance': stepCase(
    { stage: 'applicant', appliedOn: '2025-11-01' },
    (t, id, mentorIds) =>
      t.a.members.lifecycle.advance({ id, to: 'activist', on: '2026-03-01', mentorIds, note: '支委会研究' }),
    async (t, id, mentorIds) => {
      expect(await memberRow(t, id)).toMatchObject({ stage: 'activist', activistOn: '2026-03-01' });
      const assigned = await t.env.db.memberSponsor.findMany({
        where: { memberId: id },
        orderBy: { sponsorId: 'asc' },
      });
      expect(assigned.map((s) => [s.role, s.sponsorId])).toEqual(mentorIds.map((s) => ['mentor', s]));
    },
  ),

  'members.lifecycle.extendProbation': stepCase(
    { stage: 'probationary', probationaryOn: '2025-04-01', probationEndsOn: '2026-04-01' },
    (t, id) => t.a.members.lifecycle.extendProbation({ id, months: 6, reason: '继续考察' }),
    async (t, id) => expect((await memberRow(t, id)).probationEndsOn).toBe('2026-10-01'),
  ),

  'members.lifecycle.cancelCandidacy': stepCase(
    { stage: 'candidate' },
    (t, id) => t.a.members.lifecycle.cancelCandidacy({ id, on: '2026-03-09', reason: '不再符合条件' }),
    async (t, id) => expect(await memberRow(t, id)).toMatchObject({ status: 'cancelled', leftOn: '2026-03-09' }),
  ),

  'members.lifecycle.assignSponsors': stepCase(
    { stage: 'activist' },
    (t, id, sponsorIds) => t.a.members.lifecycle.assignSponsors({ id, role: 'mentor', sponsorIds }),
    async (t, id, sponsorIds) => {
      const serving = await t.env.db.memberSponsor.findMany({ where: { memberId: id, endedOn: null } });
      expect(serving.map((s) => s.sponsorId).sort()).toEqual([...sponsorIds].sort());
      expect(serving.every((s) => s.role === 'mentor' && s.assignedOn === '2026-03-10')).toBe(true);
    },
  ),

  'members.lifecycle.pipeline': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        // The township's counts are what its rows say, whatever other cases added there.
        await addMember(t.env, branchOf(p).id, { stage: 'activist', activistOn: '2024-01-01' });
        const pipeline = await t.env.at(today, () => t.a.members.lifecycle.pipeline({ unitId: p.township.id }));
        const inTownship = { unit: { path: { startsWith: p.township.path } }, status: { in: ['active', 'floating'] } };
        for (const stage of ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const)
          expect(pipeline.stages[stage], stage).toBe(await t.env.db.member.count({ where: { ...inTownship, stage } }));
        expect(pipeline.activistsDue.total).toBe(
          await t.env.db.member.count({
            where: { ...inTownship, stage: 'activist', activistOn: { lte: '2025-03-10' } },
          }),
        );
        // A group of its own: exactly the member due there, named with its unit.
        const group = await addUnit(t.env, branchOf(p));
        const due = await addMember(t.env, group.id, { stage: 'activist', activistOn: '2025-03-10' });
        const own = await t.env.at(today, () => t.a.members.lifecycle.pipeline({ unitId: group.id }));
        expect(own.activistsDue).toEqual({
          items: [
            {
              id: due.id,
              name: due.name,
              unitId: group.id,
              unitName: group.name,
              stage: 'activist',
              since: '2025-03-10',
              dueOn: '2026-03-10',
              daysLeft: 0,
            },
          ],
          total: 1,
        });
      },
      async (p) => {
        await addMember(t.env, branchOf(p).id, { stage: 'activist', activistOn: '2024-01-01' });
        await expectHidden(
          t.a.members.lifecycle.pipeline({ unitId: p.township.id }),
          t.a.members.lifecycle.pipeline({ unitId: missing }),
        );
        await expectHidden(
          t.a.members.lifecycle.pipeline({ unitId: branchOf(p).id }),
          t.a.members.lifecycle.pipeline({ unitId: missing }),
        );
      },
    ),
};
