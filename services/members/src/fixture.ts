// The members registry in the large fixture (scripts/fixture): `members` people (100,000 at xl) over every branch,
// drawn by the demo's generator (demo/member-draws.ts) so they pass the registry's rules, each step of their
// lifecycle on their timeline, personal data sealed and indexed as the registry writes it; mentors and introducers;
// a share floating, with transfer letters waiting, expired, confirmed and returned, and a few who left. Rows go
// through the bulk writer, never a Prisma call per row.
import { type AuditSubject, type FixtureContext, naturalKey, type TeamFixture } from '@strata/api';
import { addMonths, calendarDay, dayNumber, dayText } from '@strata/i18n/days';
import { branchKindOf, type DrawnMember, drawMember, IdNumbers } from './demo/member-draws';
import { sealMemberPii } from './members/member-pii';

const memberColumns = [
  'id',
  'unitId',
  'name',
  'nameKey',
  'gender',
  'birthDate',
  'ethnicity',
  'education',
  'occupation',
  'stage',
  'status',
  'appliedOn',
  'activistOn',
  'candidateOn',
  'probationaryOn',
  'probationEndsOn',
  'fullOn',
  'leftOn',
  'idNumber',
  'idNumberIndex',
  'phone',
  'phoneIndex',
  'address',
  'workplace',
  'note',
  'createdAt',
  'updatedAt',
] as const;
const eventColumns = [
  'id',
  'memberId',
  'kind',
  'on',
  'at',
  'actorId',
  'atUnitId',
  'atUnitName',
  'value',
  'note',
] as const;
const sponsorColumns = ['id', 'memberId', 'sponsorId', 'role', 'assignedOn', 'endedOn'] as const;
const transferColumns = [
  'id',
  'unitId',
  'memberId',
  'letterNo',
  'toUnitId',
  'toOrganisation',
  'crossProvince',
  'issuedOn',
  'expiresOn',
  'state',
  'reason',
  'answer',
  'issuedById',
  'decidedById',
  'decidedAt',
  'createdAt',
] as const;
const floatingColumns = [
  'id',
  'unitId',
  'memberId',
  'hostUnitId',
  'place',
  'startedOn',
  'untilOn',
  'endedOn',
  'createdAt',
] as const;

/** Members written per insert call: whole SQLite statements of a few thousand values. */
const chunk = 1_000;
const share = { floating: 0.02, transfer: 0.004, left: 0.01 };

type Made = { ids: number[]; unitIds: number[]; names: string[] };

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
const plusDays = (day: string, days: number) => dayText(dayNumber(day) + days);
const plusMonths = (day: string, months: number) => dayText(addMonths(dayNumber(day), months));

async function generateMembers(ctx: FixtureContext): Promise<Made> {
  const made: Made = { ids: [], unitIds: [], names: [] };
  const wanted = (ctx.size.counts.members ?? 0) - (await ctx.db.member.count());
  const branches = ctx.units.filter((u) => u.kind === 'branch' || u.kind === 'group');
  if (wanted <= 0 || branches.length === 0) return made;
  const random = ctx.random;
  const today = calendarDay(ctx.now);
  const ids = new IdNumbers('420102');
  const actorOf = new Map<number, number>();
  for (const user of ctx.users) for (const g of user.grants) if (!actorOf.has(g.unitId)) actorOf.set(g.unitId, user.id);
  let memberId = await ctx.nextId('Member');
  let eventId = await ctx.nextId('MemberEvent');
  let sponsorId = await ctx.nextId('MemberSponsor');
  let transferId = await ctx.nextId('Transfer');
  let floatingId = await ctx.nextId('FloatingAttachment');
  let members: (string | number | boolean | Date | null)[][] = [];
  let events: (string | number | Date | null)[][] = [];
  let sponsors: (string | number | null)[][] = [];
  const transfers: (string | number | boolean | Date | null)[][] = [];
  const floatings: (string | number | Date | null)[][] = [];
  const flush = async () => {
    await ctx.insert('Member', memberColumns, members);
    await ctx.insert('MemberEvent', eventColumns, events);
    if (sponsors.length) await ctx.insert('MemberSponsor', sponsorColumns, sponsors);
    members = [];
    events = [];
    sponsors = [];
  };
  // Each branch gets its share, some more than others; the last branch takes what is left.
  const perBranch = wanted / branches.length;
  let written = 0;
  for (const [b, unit] of branches.entries()) {
    const left = wanted - written;
    const count =
      b === branches.length - 1 ? left : Math.min(left, Math.round(perBranch * (0.6 + random.next() * 0.8)));
    const kind = branchKindOf(unit.name);
    const full: number[] = [];
    const actor = actorOf.get(unit.id) ?? null;
    for (let i = 0; i < count; i++) {
      const m: DrawnMember = drawMember(random, { kind, unitName: unit.name, today, ids, serial: memberId });
      const id = memberId++;
      let status = 'active';
      let leftOn: string | null = null;
      const roll = random.next();
      const event = (kind: string, on: string, value: string, note: string, atUnit = unit) =>
        events.push([eventId++, id, kind, on, at(on), actor, atUnit.id, atUnit.name, value, note]);
      for (const e of m.events) event(e.kind, e.on, e.value, e.note);
      if (m.stage === 'full' && full.length >= 2 && roll < share.floating) {
        const host = branches[random.int(branches.length)] ?? unit;
        if (host.id !== unit.id) {
          status = 'floating';
          const startedOn = plusDays(today, -30 - random.int(400));
          floatings.push([
            floatingId++,
            unit.id,
            id,
            host.id,
            `${host.name}所在地务工`,
            startedOn,
            plusMonths(startedOn, 12),
            null,
            at(startedOn),
          ]);
          event('floatingStarted', startedOn, '', `流入${host.name}`);
        }
      } else if (m.stage === 'full' && roll < share.floating + share.transfer) {
        // A letter to another branch: waiting (some past their 3 months) or returned; confirmed ones already moved
        // the member, whose row then belongs to the receiver (written below under its unit).
        const to = branches[random.int(branches.length)] ?? unit;
        if (to.id !== unit.id) {
          const issuedOn = plusDays(today, -5 - random.int(150));
          const returned = random.next() < 0.15;
          transfers.push([
            transferId++,
            unit.id,
            id,
            `${issuedOn.slice(0, 4)}-${String(transferId).padStart(6, '0')}`,
            to.id,
            '',
            false,
            issuedOn,
            plusMonths(issuedOn, 3),
            returned ? 'returned' : 'issued',
            '工作调动',
            returned ? '请核对接收单位' : '',
            actor,
            returned ? actor : null,
            returned ? at(plusDays(issuedOn, 7)) : null,
            at(issuedOn),
          ]);
          event('transferIssued', issuedOn, '', `转往${to.name}`);
          if (returned) event('transferReturned', plusDays(issuedOn, 7), '', `${to.name}退回介绍信`);
        }
      } else if (m.stage === 'full' && roll < share.floating + share.transfer + share.left) {
        status = random.next() < 0.8 ? 'deceased' : 'withdrawn';
        leftOn = plusDays(today, -random.int(2_000));
        if (leftOn < (m.fullOn as string)) leftOn = m.fullOn;
        event('status', leftOn as string, status, status === 'deceased' ? '因病去世' : '本人申请退党');
      }
      const sponsorRole = m.stage === 'activist' ? 'mentor' : m.stage === 'probationary' ? 'introducer' : null;
      const sponsorOn = sponsorRole === 'mentor' ? m.activistOn : m.probationaryOn;
      if (sponsorRole && sponsorOn && full.length >= 2) {
        const a = full[random.int(full.length)] as number;
        let c = full[random.int(full.length)] as number;
        if (c === a) c = full[(full.indexOf(a) + 1) % full.length] as number;
        for (const s of [a, c]) sponsors.push([sponsorId++, id, s, sponsorRole, sponsorOn, null]);
      }
      if (m.stage === 'full' && status === 'active') full.push(id);
      const sealed = sealMemberPii({ idNumber: m.idNumber, phone: m.phone, address: m.address });
      const createdAt = at(m.appliedOn);
      members.push([
        id,
        unit.id,
        m.name,
        naturalKey(m.name),
        m.gender,
        m.birthDate,
        m.ethnicity,
        m.education,
        m.occupation,
        m.stage,
        status,
        m.appliedOn,
        m.activistOn,
        m.candidateOn,
        m.probationaryOn,
        m.probationEndsOn,
        m.fullOn,
        leftOn,
        sealed.idNumber,
        sealed.idNumberIndex,
        sealed.phone,
        sealed.phoneIndex,
        sealed.address,
        m.workplace,
        '',
        createdAt,
        createdAt,
      ]);
      made.ids.push(id);
      made.unitIds.push(unit.id);
      made.names.push(m.name);
      if (members.length >= chunk) await flush();
    }
    written += count;
  }
  if (members.length) await flush();
  if (transfers.length) await ctx.insert('Transfer', transferColumns, transfers);
  if (floatings.length) await ctx.insert('FloatingAttachment', floatingColumns, floatings);
  return made;
}

function memberAuditSubject(made: Made): AuditSubject[] {
  if (made.ids.length === 0) return [];
  return [
    {
      entity: 'Member',
      weight: 3,
      actions: [
        ['member.create', 3],
        ['member.update', 4],
        ['member.reveal', 2],
        ['member.stage', 1],
        ['member.status', 0.2],
      ],
      draw: (random) => {
        const i = random.int(made.ids.length);
        return { entityId: made.ids[i] as number, unitId: made.unitIds[i] as number, label: made.names[i] as string };
      },
    },
  ];
}

export const membersFixture: TeamFixture = {
  generate: async (ctx) => {
    ctx.audit.push(...memberAuditSubject(await generateMembers(ctx)));
  },
};
