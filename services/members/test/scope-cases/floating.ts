// Scope cases of the floating attachments. In each own township where the caller transfers members, a branch's member
// is attached to a 东湖街道 branch and the attachment ended, and the lists show the own member away and 东湖街道's
// member hosted at an own branch, each found by the member's name. A 东湖街道 member's attachment answers as a missing
// one, even when hosted at an own branch (only the member's own branch ends it), and stays unchanged; searched by
// name, one between two branches of another township is never found.
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import {
  eachPlace,
  expectHidden,
  missing,
  type Place,
  type ScopeCase,
  type ScopeTest,
} from '../../../../tests/support/scope-test';
import { addMember } from '../support/members';
import { addAttachment } from '../support/transfers';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;
const otherBranchOf = (p: Place): Unit => p.branches[1] as Unit;
const attachmentRow = (t: ScopeTest, id: number) => t.env.db.floatingAttachment.findUniqueOrThrow({ where: { id } });
const memberRow = (t: ScopeTest, id: number) => t.env.db.member.findUniqueOrThrow({ where: { id } });
const today = '2026-03-10T10:00:00';

export const scopeCases: Record<string, ScopeCase> = {
  'members.floating.start': (t) =>
    eachPlace(
      t,
      'members.transfer',
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id);
        const { id } = await t.env.at(today, () =>
          t.a.members.floating.start({
            memberId: member.id,
            hostUnitId: branchOf(t.foreign).id,
            place: '东湖物流园',
            startedOn: '2026-03-01',
          }),
        );
        expect(await attachmentRow(t, id)).toMatchObject({
          unitId: branchOf(p).id,
          memberId: member.id,
          hostUnitId: branchOf(t.foreign).id,
          endedOn: null,
        });
        expect((await memberRow(t, member.id)).status).toBe('floating');
      },
      async (p) => {
        const member = await addMember(t.env, branchOf(p).id);
        const start = (memberId: number) =>
          t.a.members.floating.start({
            memberId,
            hostUnitId: branchOf(t.places[0] as Place).id,
            place: '外出务工',
            startedOn: '2026-03-01',
          });
        await t.env.at(today, () => expectHidden(start(member.id), start(missing)));
        expect((await memberRow(t, member.id)).status).toBe('active');
        expect(await t.env.db.floatingAttachment.count({ where: { memberId: member.id } })).toBe(0);
      },
    ),

  'members.floating.end': (t) =>
    eachPlace(
      t,
      'members.transfer',
      async (p) => {
        const own = await addAttachment(t.env, branchOf(p).id, branchOf(t.foreign).id);
        await t.env.at(today, () => t.a.members.floating.end({ id: own.id, endedOn: '2026-03-09' }));
        expect((await attachmentRow(t, own.id)).endedOn).toBe('2026-03-09');
        expect((await memberRow(t, own.memberId)).status).toBe('active');
        // Hosted at an own branch, a 东湖街道 member's attachment is theirs to end: a missing one for the caller.
        const hosted = await addAttachment(t.env, branchOf(t.foreign).id, branchOf(p).id);
        const end = (id: number) => t.a.members.floating.end({ id, endedOn: '2026-03-09' });
        await t.env.at(today, () => expectHidden(end(hosted.id), end(missing)));
        expect((await attachmentRow(t, hosted.id)).endedOn).toBeNull();
      },
      async (p) => {
        const foreign = await addAttachment(t.env, branchOf(p).id, otherBranchOf(p).id);
        const end = (id: number) => t.a.members.floating.end({ id, endedOn: '2026-03-09' });
        await t.env.at(today, () => expectHidden(end(foreign.id), end(missing)));
        expect(await attachmentRow(t, foreign.id)).toMatchObject({ endedOn: null });
        expect((await memberRow(t, foreign.memberId)).status).toBe('floating');
      },
    ),

  'members.floating.list': (t) =>
    eachPlace(
      t,
      'members.read',
      async (p) => {
        const away = await addAttachment(t.env, branchOf(p).id, branchOf(t.foreign).id);
        const hosted = await addAttachment(t.env, branchOf(t.foreign).id, branchOf(p).id);
        const between = await addAttachment(t.env, branchOf(t.foreign).id, otherBranchOf(t.foreign).id);
        const ids = async (direction: 'out' | 'hosted') =>
          (await t.a.members.floating.list({ direction, unitId: p.township.id, open: true, pageSize: 100 })).items.map(
            (r) => r.id,
          );
        const out = await ids('out');
        const hostedHere = await ids('hosted');
        expect(out).toContain(away.id);
        expect(out).not.toContain(hosted.id);
        expect(hostedHere).toContain(hosted.id);
        expect(hostedHere).not.toContain(away.id);
        for (const listed of [out, hostedHere]) expect(listed).not.toContain(between.id);
        // Searched by name, each side finds its own: the member hosted here, never 东湖街道's between its own branches.
        const named = async (direction: 'out' | 'hosted', memberId: number) => {
          const { name } = await memberRow(t, memberId);
          const page = await t.a.members.floating.list({ direction, unitId: p.township.id, q: name });
          return page.items.map((r) => r.id);
        };
        expect(await named('hosted', hosted.memberId)).toContain(hosted.id);
        expect(await named('hosted', hosted.memberId)).not.toContain(away.id);
        expect(await named('out', away.memberId)).toContain(away.id);
        for (const direction of ['out', 'hosted'] as const)
          expect(await named(direction, between.memberId)).not.toContain(between.id);
      },
      async (p) => {
        const foreign = await addAttachment(t.env, branchOf(p).id, otherBranchOf(p).id);
        const { name } = await memberRow(t, foreign.memberId);
        await expectHidden(
          t.a.members.floating.list({ unitId: p.township.id, q: name }),
          t.a.members.floating.list({ unitId: missing, q: name }),
        );
        // Over the whole scope, the name finds nothing of another township.
        expect((await t.a.members.floating.list({ q: name })).items.map((r) => r.id)).not.toContain(foreign.id);
      },
    ),
};
