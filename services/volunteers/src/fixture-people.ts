// The volunteers' people in the large fixture: volunteers registered by the branches and townships (a fifth of them
// members of the registry, linked once each and carrying the member's own name and personal data; some residents with
// a console account of their branch), sealed as the service seals them (volunteerPii.seal, under the ring the fixture
// opens); the teams units run (one or two per township, about one per branch) and who asked to join them.
import { type FixtureContext, type FixtureUnit, naturalKey } from '@strata/api';
import { IdNumbers } from '@strata/service-members/demo';
import { openMemberPii } from '@strata/service-members/personal-data';
import { volunteerPii } from './common/personal-data';
import {
  drawAvailability,
  drawResident,
  drawSkills,
  joinDeclineReasons,
  leaveReasons,
  shortName,
  skillsOf,
  teamKinds,
} from './fixture-draws';
import { dayMs, type FixtureCalendar, hourMs, type RowWriter, type UnitTree } from './fixture-world';

const volunteerColumns = [
  'id',
  'unitId',
  'name',
  'nameKey',
  'gender',
  'idNumber',
  'idNumberIndex',
  'phone',
  'phoneIndex',
  'address',
  'memberId',
  'accountId',
  'skills',
  'availability',
  'serviceArea',
  'status',
  'joinedOn',
  'createdAt',
  'updatedAt',
] as const;
const teamColumns = [
  'id',
  'unitId',
  'name',
  'nameKey',
  'description',
  'skills',
  'status',
  'createdAt',
  'updatedAt',
] as const;
const memberColumns = [
  'id',
  'unitId',
  'teamId',
  'volunteerId',
  'status',
  'reason',
  'requestedAt',
  'decidedAt',
  'decidedById',
] as const;

/** A volunteer as the activities need them: where they belong, since when, what they can do, their account. */
export type Person = {
  id: number;
  unitId: number;
  townshipId: number;
  /** The day they registered (a day number). */
  joined: number;
  /** Bits over volunteerSkills. */
  skills: number;
  accountId: number | null;
  active: boolean;
  name: string;
};

export type Team = {
  id: number;
  unitId: number;
  name: string;
  createdDay: number;
  active: boolean;
  /** Its approved members, earliest registered first. */
  members: Person[];
};

/** The pools activities draw their volunteers from, each earliest registered first (the keenest, see pickFrom). */
export type People = {
  all: Person[];
  byUnit: Map<number, Person[]>;
  byTownship: Map<number, Person[]>;
  /** Volunteers having skill k, at index k. */
  bySkill: Person[][];
  teamsOf: Map<number, Team[]>;
  /** Every 40th volunteer, for the audit log. */
  audited: { id: number; unitId: number; name: string }[];
};

/**
 * Shares of the volunteers: linked to a member of their unit; given an account of their branch (of the others);
 * inactive; registered before the 24 months of activities; registered by a township rather than a branch.
 */
const share = { member: 0.24, account: 0.3, inactive: 0.05, before: 0.55, townships: 1 / 6 };
/** Volunteers for each team the units run. */
const volunteersPerTeam = 25;
const auditEvery = 40;

type Draft = {
  unit: FixtureUnit;
  township: FixtureUnit | null;
  joined: number;
  memberId: number | null;
  accountId: number | null;
  accountName: string;
};

type SealedPerson = { name: string; gender: string; idNumber: string; phone: string; address: string };

/** The members of the registry a volunteer may be (active, not yet a volunteer), per unit, in a drawn order. */
async function freeMembers(ctx: FixtureContext, taken: ReadonlySet<number>) {
  const rows = await ctx.db.member.findMany({
    where: { status: 'active' },
    select: { id: true, unitId: true },
    orderBy: { id: 'asc' },
  });
  const byUnit = new Map<number, number[]>();
  for (const r of rows) {
    if (taken.has(r.id)) continue;
    const list = byUnit.get(r.unitId);
    if (list) list.push(r.id);
    else byUnit.set(r.unitId, [r.id]);
  }
  return byUnit;
}

/** The linked members' names and personal data in the clear (read once, sealed again for the Volunteer model). */
async function memberPeople(ctx: FixtureContext, ids: readonly number[]) {
  const found = new Map<number, SealedPerson>();
  for (let at = 0; at < ids.length; at += 5_000) {
    const rows = await ctx.db.member.findMany({
      where: { id: { in: ids.slice(at, at + 5_000) } },
      select: { id: true, name: true, gender: true, idNumber: true, phone: true, address: true },
    });
    for (const r of rows) found.set(r.id, { name: r.name, gender: r.gender, ...openMemberPii(r) });
  }
  return found;
}

/** Takes one of `list` at random (order not kept), or null when it is empty. */
function takeOne(ctx: FixtureContext, list: number[] | undefined): number | null {
  if (!list?.length) return null;
  const i = ctx.random.int(list.length);
  const id = list[i] as number;
  list[i] = list[list.length - 1] as number;
  list.pop();
  return id;
}

export async function generatePeople(
  ctx: FixtureContext,
  tree: UnitTree,
  calendar: FixtureCalendar,
  out: RowWriter,
): Promise<People> {
  const random = ctx.random;
  const people: People = {
    all: [],
    byUnit: new Map(),
    byTownship: new Map(),
    bySkill: [],
    teamsOf: new Map(),
    audited: [],
  };
  const existing = await ctx.db.volunteer.count();
  const wanted = (ctx.size.counts.volunteers ?? 0) - existing;
  if (wanted <= 0) return people;
  // What the demo's volunteers hold already (none unless its seed registers some): a member, an account, an ID number
  // each registers once.
  const before = existing
    ? await ctx.db.volunteer.findMany({ select: { memberId: true, accountId: true, idNumberIndex: true } })
    : [];
  const takenMembers = new Set(before.flatMap((v) => (v.memberId === null ? [] : [v.memberId])));
  const takenAccounts = new Set(before.flatMap((v) => (v.accountId === null ? [] : [v.accountId])));
  const takenIndexes = new Set(before.map((v) => v.idNumberIndex));

  // Branches register most volunteers, some more than others; the townships' own, a sixth of them in all.
  const units = ctx.units.filter((u) => u.depth > 0).sort((a, b) => a.id - b.id);
  const townships = units.filter((u) => u.depth === 1).length;
  const branchWeight = units.length - townships;
  const townshipWeight =
    townships && branchWeight ? (branchWeight * share.townships) / (1 - share.townships) / townships : 1;
  const weights = units.map((u) =>
    u.depth === 1 ? townshipWeight * (0.7 + 0.6 * random.next()) : 0.5 + random.next(),
  );
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const membersOf = await freeMembers(ctx, takenMembers);
  const accountsOf = new Map<number, { id: number; name: string }[]>();
  for (const user of ctx.users)
    for (const g of user.grants)
      if (g.role === 'member' && !takenAccounts.has(user.id)) {
        const list = accountsOf.get(g.unitId) ?? [];
        if (!list.some((a) => a.id === user.id)) list.push({ id: user.id, name: user.displayName });
        accountsOf.set(g.unitId, list);
      }

  const spread = calendar.today - 1 - calendar.firstDay;
  const drafts: Draft[] = [];
  let cumulative = 0;
  let assigned = 0;
  for (const [i, unit] of units.entries()) {
    cumulative += weights[i] as number;
    const count = Math.round((wanted * cumulative) / totalWeight) - assigned;
    assigned += count;
    const township = tree.townshipOf(unit);
    const accounts = accountsOf.get(unit.id) ?? [];
    const unitDrafts: Draft[] = [];
    for (let k = 0; k < count; k++) {
      // Over half registered before the 24 months of activities (up to two years before them), the rest since.
      const joined =
        random.next() < share.before
          ? calendar.firstDay - 1 - random.int(730)
          : calendar.firstDay + random.int(Math.max(1, spread));
      const memberId = random.next() < share.member ? takeOne(ctx, membersOf.get(unit.id)) : null;
      let account: { id: number; name: string } | undefined;
      if (memberId === null && accounts.length && random.next() < share.account) {
        account = accounts[random.int(accounts.length)];
        accounts.splice(accounts.indexOf(account as { id: number; name: string }), 1);
      }
      unitDrafts.push({
        unit,
        township,
        joined,
        memberId,
        accountId: account?.id ?? null,
        accountName: account?.name ?? '',
      });
    }
    // Ids in the order they registered, within each unit.
    unitDrafts.sort((a, b) => a.joined - b.joined);
    drafts.push(...unitDrafts);
  }

  const linked = await memberPeople(
    ctx,
    drafts.flatMap((d) => (d.memberId === null ? [] : [d.memberId])),
  );
  const ids = new IdNumbers('420106');
  const names = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = names.get(name);
    if (key === undefined) {
      key = naturalKey(name);
      names.set(name, key);
    }
    return key;
  };
  let id = await ctx.nextId('Volunteer');
  for (const draft of drafts) {
    const { unit, township } = draft;
    const townshipName = township?.name ?? unit.name;
    const member = draft.memberId === null ? undefined : linked.get(draft.memberId);
    let person: SealedPerson;
    let sealed: ReturnType<typeof volunteerPii.seal>;
    if (member) {
      person = member;
      sealed = volunteerPii.seal(member);
    } else {
      const resident = drawResident(random, townshipName, calendar.today, id);
      let idNumber = ids.take(random, resident.birthDate, resident.gender);
      sealed = volunteerPii.seal({ idNumber, phone: resident.phone, address: resident.address });
      while (takenIndexes.has(sealed.idNumberIndex)) {
        idNumber = ids.take(random, resident.birthDate, resident.gender);
        sealed = volunteerPii.seal({ idNumber, phone: resident.phone, address: resident.address });
      }
      person = { ...resident, idNumber, name: draft.accountName || resident.name };
    }
    const skills = drawSkills(random);
    const active = random.next() >= share.inactive;
    const joinedOn = calendar.text(draft.joined);
    const createdAt = new Date(calendar.start(draft.joined) + 9 * hourMs + random.int(8 * 60) * 60_000);
    out.push('Volunteer', volunteerColumns, [
      id,
      unit.id,
      person.name,
      keyOf(person.name),
      person.gender,
      sealed.idNumber,
      sealed.idNumberIndex,
      sealed.phone,
      sealed.phoneIndex,
      sealed.address,
      draft.memberId,
      draft.accountId,
      skillsOf(skills),
      drawAvailability(random),
      `${townshipName}${random.next() < 0.5 ? '辖区' : '周边社区'}`,
      active ? 'active' : 'inactive',
      joinedOn,
      createdAt,
      active ? createdAt : new Date(calendar.nowMs - random.int(180) * dayMs - random.int(24) * hourMs),
    ]);
    const p: Person = {
      id,
      unitId: unit.id,
      townshipId: township?.id ?? unit.id,
      joined: draft.joined,
      skills,
      accountId: draft.accountId,
      active,
      name: person.name,
    };
    people.all.push(p);
    const list = people.byUnit.get(unit.id);
    if (list) list.push(p);
    else people.byUnit.set(unit.id, [p]);
    if (id % auditEvery === 0) people.audited.push({ id, unitId: unit.id, name: person.name });
    id++;
    await out.flush();
  }
  const byJoined = (a: Person, b: Person) => a.joined - b.joined || a.id - b.id;
  people.all.sort(byJoined);
  for (const p of people.all) {
    const list = people.byTownship.get(p.townshipId);
    if (list) list.push(p);
    else people.byTownship.set(p.townshipId, [p]);
    for (let k = 0; k < 16; k++)
      if (p.skills & (1 << k)) {
        while (people.bySkill.length <= k) people.bySkill.push([]);
        (people.bySkill[k] as Person[]).push(p);
      }
  }
  await generateTeams(ctx, tree, calendar, out, people, wanted);
  return people;
}

const memberStatuses = [
  ['approved', 86],
  ['pending', 6],
  ['declined', 4],
  ['left', 4],
] as const;

/** Teams (one or two per township, the rest spread over the branches) and the volunteers who asked to join them. */
async function generateTeams(
  ctx: FixtureContext,
  tree: UnitTree,
  calendar: FixtureCalendar,
  out: RowWriter,
  people: People,
  volunteers: number,
) {
  const random = ctx.random;
  const wanted = Math.max(1, Math.round(volunteers / volunteersPerTeam));
  const townships = tree.townships;
  const branches = ctx.units.filter((u) => u.depth > 1).sort((a, b) => a.id - b.id);
  const perTownship = townships.map(() => 1 + (random.next() < 0.5 ? 1 : 0));
  const left = Math.max(0, wanted - perTownship.reduce((a, b) => a + b, 0));
  const perBranch = branches.length ? left / branches.length : 0;
  const plan: [FixtureUnit, number][] = townships.map((t, i) => [t, perTownship[i] as number]);
  for (const b of branches) plan.push([b, Math.floor(perBranch) + (random.next() < perBranch % 1 ? 1 : 0)]);
  plan.sort((a, b) => a[0].id - b[0].id);

  const existing = await ctx.db.volunteerTeam.findMany({ select: { unitId: true, name: true } });
  const takenNames = new Set(existing.map((t) => `${t.unitId}:${t.name}`));
  let id = await ctx.nextId('VolunteerTeam');
  for (const [unit, count] of plan) {
    const kinds = [...teamKinds.keys()];
    const teams: Team[] = [];
    for (let k = 0; k < count && kinds.length; k++) {
      // The first of a unit's teams is its general one; others take a kind not used there yet.
      const at = k === 0 ? 0 : 1 + random.int(kinds.length - 1);
      const kind = teamKinds[kinds[at] as number] as (typeof teamKinds)[number];
      kinds.splice(at, 1);
      const name = `${shortName(unit.name)}${kind.suffix}`;
      if (takenNames.has(`${unit.id}:${name}`)) continue;
      takenNames.add(`${unit.id}:${name}`);
      const createdDay =
        random.next() < 0.85 ? calendar.firstDay - 1 - random.int(365) : calendar.firstDay + random.int(600);
      const active = random.next() >= 0.03;
      const createdAt = new Date(calendar.start(createdDay) + 10 * hourMs + random.int(6 * 60) * 60_000);
      out.push('VolunteerTeam', teamColumns, [
        id,
        unit.id,
        name,
        naturalKey(name),
        `${shortName(unit.name)}${kind.about}`,
        JSON.stringify(kind.skills),
        active ? 'active' : 'archived',
        createdAt,
        active ? createdAt : new Date(calendar.nowMs - (1 + random.int(90)) * dayMs),
      ]);
      teams.push({ id: id++, unitId: unit.id, name, createdDay, active, members: [] });
    }
    if (teams.length) people.teamsOf.set(unit.id, teams);
  }

  // Each volunteer asks to join none, one or two of the teams near them: their unit's, their township's.
  let memberId = await ctx.nextId('VolunteerTeamMember');
  for (const p of people.all) {
    const near = [...(people.teamsOf.get(p.unitId) ?? [])];
    if (p.townshipId !== p.unitId) near.push(...(people.teamsOf.get(p.townshipId) ?? []));
    if (!near.length) continue;
    const roll = random.next();
    const joins = roll < 0.5 ? 1 : roll < 0.65 ? Math.min(2, near.length) : 0;
    for (let k = 0; k < joins; k++) {
      const team = near.splice(random.int(near.length), 1)[0] as Team;
      const status = team.active ? random.weighted(memberStatuses) : random.next() < 0.8 ? 'approved' : 'left';
      const from = Math.max(p.joined, team.createdDay);
      const day = Math.min(calendar.today - 1, from + random.int(Math.max(1, Math.min(400, calendar.today - from))));
      const requestedMs = calendar.start(day) + 8 * hourMs + random.int(12 * 60) * 60_000;
      const decidedMs = Math.min(calendar.nowMs - 1, requestedMs + (1 + random.int(72)) * hourMs);
      const reason =
        status === 'declined' ? random.pick(joinDeclineReasons) : status === 'left' ? random.pick(leaveReasons) : '';
      out.push('VolunteerTeamMember', memberColumns, [
        memberId++,
        team.unitId,
        team.id,
        p.id,
        status,
        reason,
        new Date(requestedMs),
        status === 'pending' ? null : new Date(decidedMs),
        status === 'pending' ? null : tree.officerOf(team.unitId),
      ]);
      if (status === 'approved') team.members.push(p);
    }
    await out.flush();
  }
}
