// The demo's members registry (issue 10 point 8): about 2,000 people across the demo's branches, drawn by the
// members team's generator (the large fixture's too) with each step of their lifecycle on their timeline, personal
// data sealed as the registry seals it; mentors for the activists and introducers for the probationary members;
// some floating members attached to other branches; transfer letters in every state (waiting, expired, confirmed,
// returned, to an outside organisation); a few who left the registry. Dated against the day it runs. Run once by
// seedDemoOnce (tests seed without it).
import { naturalKey, seededRandom } from '@strata/api';
import type { Db, Unit } from '@strata/db';
import { addMonths, calendarDay, dayNumber, dayText } from '@strata/i18n/days';
import { branchKindOf, type DrawnMember, drawMember, IdNumbers, sealMemberPii } from '@strata/service-members/demo';
import type { DemoSeed } from './demo';
import { demoProfile } from './demo-data';

/** Branches hold 30-55 people on their registry: about 2,000 over the demo's 48 branches. */
const perBranch = { min: 30, spread: 26 };
const addDays = (day: string, days: number) => dayText(dayNumber(day) + days);

type Placed = { id: number; unit: Unit; drawn: DrawnMember };

export async function seedDemoMembers(db: Db, seed: DemoSeed, now = new Date()) {
  const random = seededRandom(20_261_202);
  const today = calendarDay(now);
  const ids = new IdNumbers(demoProfile.region.replace(/00$/, '02'));
  const admin = seed.users.admin ?? null;
  const branches = Object.values(seed.townships).flatMap((t) => t.branches);
  const placed: Placed[] = [];
  let serial = 0;
  for (const unit of branches) {
    const count = perBranch.min + random.int(perBranch.spread);
    const drawn = Array.from({ length: count }, () =>
      drawMember(random, { kind: branchKindOf(unit.name), unitName: unit.name, today, ids, serial: ++serial }),
    );
    const first = (await db.member.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0;
    await db.member.createMany({
      data: drawn.map((m) => ({
        unitId: unit.id,
        name: m.name,
        nameKey: naturalKey(m.name),
        gender: m.gender,
        birthDate: m.birthDate,
        ethnicity: m.ethnicity,
        education: m.education,
        occupation: m.occupation,
        stage: m.stage,
        appliedOn: m.appliedOn,
        activistOn: m.activistOn,
        candidateOn: m.candidateOn,
        probationaryOn: m.probationaryOn,
        probationEndsOn: m.probationEndsOn,
        fullOn: m.fullOn,
        workplace: m.workplace,
        ...sealMemberPii({ idNumber: m.idNumber, phone: m.phone, address: m.address }),
      })),
    });
    // createMany answers no ids; they were given in order after the last one.
    const rows = await db.member.findMany({
      where: { id: { gt: first } },
      orderBy: { id: 'asc' },
      select: { id: true },
    });
    for (const [i, r] of rows.entries()) placed.push({ id: r.id, unit, drawn: drawn[i] as DrawnMember });
  }
  await db.memberEvent.createMany({
    data: placed.flatMap(({ id, unit, drawn }) =>
      drawn.events.map((e) => ({
        memberId: id,
        kind: e.kind,
        on: e.on,
        at: new Date(`${e.on}T10:00:00+08:00`),
        actorId: admin,
        atUnitId: unit.id,
        atUnitName: unit.name,
        value: e.value,
        note: e.note,
      })),
    ),
  });
  await seedSponsors(db, placed);
  await seedMovements(db, placed, branches, today, admin, random);
}

/** Two full members of the branch for each activist (mentors) and each probationary member (introducers). */
async function seedSponsors(db: Db, placed: Placed[]) {
  const fullByUnit = new Map<number, Placed[]>();
  for (const p of placed)
    if (p.drawn.stage === 'full') fullByUnit.set(p.unit.id, [...(fullByUnit.get(p.unit.id) ?? []), p]);
  const rows = placed.flatMap((p) => {
    const role = p.drawn.stage === 'activist' ? 'mentor' : p.drawn.stage === 'probationary' ? 'introducer' : null;
    const on = role === 'mentor' ? p.drawn.activistOn : p.drawn.probationaryOn;
    const full = fullByUnit.get(p.unit.id) ?? [];
    if (!role || !on || full.length < 2) return [];
    const a = full[p.id % full.length] as Placed;
    const b = full[(p.id + 1) % full.length] as Placed;
    return [a, b].map((s) => ({ memberId: p.id, sponsorId: s.id, role, assignedOn: on }));
  });
  await db.memberSponsor.createMany({ data: rows });
}

/**
 * Floating members, transfer letters in each state, and a few who left. Each writes the member's row, its letter
 * or attachment and its timeline entry together, as the procedures do.
 */
async function seedMovements(
  db: Db,
  placed: Placed[],
  branches: Unit[],
  today: string,
  admin: number | null,
  random: ReturnType<typeof seededRandom>,
) {
  const full = placed.filter((p) => p.drawn.stage === 'full');
  const pickFull = () => full.splice(random.int(full.length), 1)[0] as Placed;
  const otherBranch = (p: Placed) => {
    const others = branches.filter((b) => b.id !== p.unit.id);
    return others[random.int(others.length)] as Unit;
  };
  const event = (p: Placed, kind: string, on: string, note: string, value = '', atUnit = p.unit) =>
    db.memberEvent.create({
      data: {
        memberId: p.id,
        kind,
        on,
        at: new Date(`${on}T10:00:00+08:00`),
        actorId: admin,
        atUnitId: atUnit.id,
        atUnitName: atUnit.name,
        value,
        note,
      },
    });
  let letter = 0;
  const letterNo = (on: string) => `${on.slice(0, 4)}-${String(++letter).padStart(4, '0')}`;

  // Working away: attached to a branch elsewhere in the municipality for a while.
  for (let i = 0; i < 36; i++) {
    const p = pickFull();
    const host = otherBranch(p);
    const startedOn = addDays(today, -30 - random.int(400));
    await db.floatingAttachment.create({
      data: {
        unitId: p.unit.id,
        memberId: p.id,
        hostUnitId: host.id,
        place: `${host.name.replace(/支部$/, '')}务工`,
        startedOn,
        untilOn: dayText(addMonths(dayNumber(startedOn), 12 + random.int(12))),
      },
    });
    await db.member.update({ where: { id: p.id }, data: { status: 'floating' } });
    await event(p, 'floatingStarted', startedOn, `流入${host.name}`);
  }

  // Letters between branches: waiting for the receiver (two of them past their 3 months), confirmed (the member
  // moved, their history with them), and returned by the receiver.
  const states = [
    'issued',
    'issued',
    'issued',
    'issued',
    'expired',
    'expired',
    'confirmed',
    'confirmed',
    'confirmed',
    'returned',
  ] as const;
  for (const state of states) {
    const p = pickFull();
    const to = otherBranch(p);
    const issuedOn = state === 'expired' ? addDays(today, -100 - random.int(60)) : addDays(today, -5 - random.int(60));
    const expiresOn = dayText(addMonths(dayNumber(issuedOn), 3));
    const decidedOn = addDays(issuedOn, 3 + random.int(10));
    const decided = state === 'confirmed' || state === 'returned';
    await db.transfer.create({
      data: {
        unitId: p.unit.id,
        memberId: p.id,
        letterNo: letterNo(issuedOn),
        toUnitId: to.id,
        issuedOn,
        expiresOn,
        state: state === 'expired' ? 'issued' : state,
        reason: '工作调动',
        answer: state === 'returned' ? '经核实该同志未在本单位工作，请核对接收单位' : '',
        issuedById: admin,
        decidedById: decided ? admin : null,
        decidedAt: decided ? new Date(`${decidedOn}T10:00:00+08:00`) : null,
        createdAt: new Date(`${issuedOn}T10:00:00+08:00`),
      },
    });
    await event(p, 'transferIssued', issuedOn, `转往${to.name}`);
    if (state === 'confirmed') {
      await db.member.update({ where: { id: p.id }, data: { unitId: to.id } });
      await event(p, 'transferConfirmed', decidedOn, `${to.name}确认接收`, '', to);
    }
    if (state === 'returned') await event(p, 'transferReturned', decidedOn, `${to.name}退回介绍信`);
  }

  // To an outside organisation: the member leaves the registry when the letter is issued.
  for (let i = 0; i < 3; i++) {
    const p = pickFull();
    const issuedOn = addDays(today, -20 - random.int(200));
    await db.transfer.create({
      data: {
        unitId: p.unit.id,
        memberId: p.id,
        letterNo: letterNo(issuedOn),
        toOrganisation: ['省直机关工委', '邻市经济开发区党工委', '某高校研究生党支部'][i] as string,
        crossProvince: i === 2,
        issuedOn,
        expiresOn: dayText(addMonths(dayNumber(issuedOn), i === 2 ? 6 : 3)),
        state: 'completed',
        reason: i === 2 ? '升学' : '工作调动',
        issuedById: admin,
        createdAt: new Date(`${issuedOn}T10:00:00+08:00`),
      },
    });
    await db.member.update({ where: { id: p.id }, data: { status: 'transferred', leftOn: issuedOn } });
    await event(p, 'transferIssued', issuedOn, '转出本系统', 'transferred');
  }

  // A few who left: died, or withdrew.
  for (const status of ['deceased', 'deceased', 'deceased', 'withdrawn'] as const) {
    const p = pickFull();
    const on = addDays(today, -10 - random.int(300));
    await db.member.update({ where: { id: p.id }, data: { status, leftOn: on } });
    await event(p, 'status', on, status === 'deceased' ? '因病去世' : '本人申请退党', status);
  }
}
