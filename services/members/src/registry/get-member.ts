// One member as the profile shows them: every field but the personal ones in the clear, those masked (revealed only
// by an audited step, for a caller who holds members.pii at the member's unit), and the member's history: the
// timeline, the current sponsors, and the transfer letters and floating attachments the caller may see.
import { AppError, type Scope, toIso } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import type { Locale } from '@strata/i18n';
import { calendarDay } from '@strata/i18n/days';
import { membersLabels, membersMessage } from '../locales';
import { maskedMemberPii } from '../members/member-pii';
import { floatingsOf, type TimelineRow, timelineOf, transfersOf } from './member-history.sql';
import type { MemberEvent, MemberProfile, MemberTransfer } from './registry-schemas';

type MemberPermission = 'members.read' | 'members.pii' | 'members.edit';

/**
 * The member with their unit, looked up through the caller's scope for `permission`: a member of a unit outside it
 * is answered exactly as a member that does not exist.
 */
export async function memberInScope(db: Db | Tx, scope: Scope, permission: MemberPermission, id: number) {
  const member = await db.member.findFirst({
    where: { id, ...scope.ownedWhere(permission) },
    include: { unit: { select: { id: true, name: true, path: true } } },
  });
  if (!member) throw new AppError('NOT_FOUND', membersMessage('memberNotFound'));
  return member;
}
export type ScopedMember = Awaited<ReturnType<typeof memberInScope>>;

/** An issued letter past its last day reads as expired: derived from the day, never stored. */
export const transferState = (state: string, expiresOn: string, today: string): MemberTransfer['state'] =>
  (state === 'issued' && expiresOn < today ? 'expired' : state) as MemberTransfer['state'];

/**
 * The timeline's entry as the reader sees it. An edit's note holds the keys of the fields changed (never values):
 * it is read in the reader's language, with the labels the audit log gives those fields.
 */
function eventOf(e: TimelineRow, locale: Locale): MemberEvent {
  const labels: Record<string, string> = membersLabels[locale].auditField;
  const note =
    e.kind === 'edited'
      ? e.note
          .split(',')
          .filter(Boolean)
          .map((field) => labels[field] ?? field)
          .join(locale === 'zh-CN' ? '、' : ', ')
      : e.note;
  return {
    id: e.id,
    kind: e.kind,
    on: e.on,
    at: toIso(e.at),
    actorName: e.actorName,
    atUnitId: e.atUnitId,
    atUnitName: e.atUnitName,
    value: e.value,
    note,
  };
}

type Reader = { scope: Scope; locale: Locale; now: Date };

export async function getMember(db: Db, { scope, locale, now }: Reader, id: number): Promise<MemberProfile> {
  const member = await memberInScope(db, scope, 'members.read', id);
  const roots = scope.roots('members.read');
  const today = calendarDay(now);
  const [timeline, sponsors, transfers, floatings, account] = await Promise.all([
    timelineOf(db, member.id),
    db.memberSponsor.findMany({
      where: { memberId: member.id, endedOn: null },
      select: { role: true, assignedOn: true, sponsor: { select: { id: true, name: true } } },
      orderBy: [{ role: 'asc' }, { assignedOn: 'asc' }, { id: 'asc' }],
    }),
    transfersOf(db, member.id, roots),
    floatingsOf(db, member.id, roots),
    // The linked account, named where the reader's grant reaches its unit.
    member.accountId === null
      ? null
      : db.user.findFirst({
          where: { id: member.accountId, ...scope.ownedWhere('members.read') },
          select: { id: true, username: true, displayName: true },
        }),
  ]);
  const pii = maskedMemberPii(member);
  return {
    id: member.id,
    unitId: member.unitId,
    unitName: member.unit.name,
    name: member.name,
    gender: member.gender as MemberProfile['gender'],
    birthDate: member.birthDate,
    ethnicity: member.ethnicity,
    education: member.education as MemberProfile['education'],
    occupation: member.occupation as MemberProfile['occupation'],
    stage: member.stage as MemberProfile['stage'],
    status: member.status as MemberProfile['status'],
    appliedOn: member.appliedOn,
    activistOn: member.activistOn,
    candidateOn: member.candidateOn,
    probationaryOn: member.probationaryOn,
    probationEndsOn: member.probationEndsOn,
    fullOn: member.fullOn,
    leftOn: member.leftOn,
    workplace: member.workplace,
    note: member.note,
    idNumber: pii.idNumber,
    phone: pii.phone,
    address: pii.address,
    canReveal: scope.covers('members.pii', member.unit.path),
    canEdit: scope.covers('members.edit', member.unit.path),
    accountLinked: member.accountId !== null,
    account,
    createdAt: toIso(member.createdAt),
    updatedAt: toIso(member.updatedAt),
    timeline: timeline.map((e) => eventOf(e, locale)),
    sponsors: sponsors.map((s) => ({
      id: s.sponsor.id,
      name: s.sponsor.name,
      role: s.role as 'mentor' | 'introducer',
      assignedOn: s.assignedOn,
    })),
    transfers: transfers.map((t) => ({
      id: t.id,
      letterNo: t.letterNo,
      state: transferState(t.state, t.expiresOn, today),
      fromUnitName: t.fromUnitName,
      toUnitName: t.toUnitName,
      toOrganisation: t.toUnitName === null ? t.toOrganisation : null,
      issuedOn: t.issuedOn,
      expiresOn: t.expiresOn,
    })),
    floatings: floatings.map((f) => ({
      id: f.id,
      hostUnitName: f.hostUnitName,
      place: f.place,
      startedOn: f.startedOn,
      untilOn: f.untilOn,
      endedOn: f.endedOn,
    })),
  };
}
