// The identity team's part of the large fixture (scripts/fixture): townships and branches around the demo's,
// accounts with a realistic mix of grants, and, once every team has generated its rows, the audit log naming
// them all. Rows are what the application would have written: units placed as createUnit places them.
import type { AuditSubject, FixtureContext, FixtureUnit, FixtureValue, TeamFixture } from '@strata/api';
import { fixtureNames } from './fixture-names';

const day = 86_400_000;
/** Generated history spans about three years before the fixture's `now`. */
const history = 3 * 365 * day;

/** A moment in the history, at least `after` (ms since epoch) and never after `now`. */
const momentBetween = (ctx: FixtureContext, after: number) => {
  const end = ctx.now.getTime();
  return new Date(after + Math.floor(ctx.random.next() * Math.max(0, end - after)));
};

/** What the tree needs of a new unit, placed as createUnit places it: path = parent's + own id, depth + 1. */
function placeUnit(id: number, parent: FixtureUnit, kind: string, name: string): FixtureUnit {
  return { id, parentId: parent.id, kind, name, path: `${parent.path}${id}/`, depth: parent.depth + 1 };
}

const unitColumns = ['id', 'parentId', 'kind', 'name', 'path', 'depth', 'sort', 'createdAt', 'updatedAt'] as const;

/** Townships and branches up to the size's totals; returns the units it added. */
async function generateUnits(ctx: FixtureContext): Promise<FixtureUnit[]> {
  const existing = await ctx.db.unit.findMany({
    select: { id: true, parentId: true, kind: true, name: true, path: true, depth: true },
    orderBy: { id: 'asc' },
  });
  ctx.units.push(...existing);
  const root = existing.find((u) => u.depth === 0);
  if (!root) throw new Error('fixture: no municipality; the demo seed runs first');
  const { townships: townshipTotal = 0, branches: branchTotal = 0 } = ctx.size.counts;
  let nextId = await ctx.nextId('Unit');
  // A unit is created after its parent: the oldest rows of a unit's subtree are no older than the unit.
  const createdAt = new Map<number, number>(existing.map((u) => [u.id, ctx.now.getTime() - history]));
  const row = (u: FixtureUnit): FixtureValue[] => {
    const at = momentBetween(ctx, createdAt.get(u.parentId as number) as number);
    createdAt.set(u.id, at.getTime());
    // sort stays 0, as createUnit leaves it: siblings list by id until someone reorders them.
    return [u.id, u.parentId, u.kind, u.name, u.path, u.depth, 0, at, at];
  };

  const townships = existing.filter((u) => u.kind === 'township');
  const townshipNames = new Set(townships.map((t) => t.name));
  const newTownships: FixtureUnit[] = [];
  while (townships.length < townshipTotal) {
    const name = uniqueName(townshipNames, () => fixtureNames.township(ctx.random));
    const township = placeUnit(nextId++, root, 'township', name);
    townships.push(township);
    newTownships.push(township);
  }
  await ctx.insert('Unit', unitColumns, newTownships.map(row));

  // Each new branch goes to the township with the fewest, so townships come out about the same size.
  const branchesOf = new Map(townships.map((t) => [t.id, existing.filter((u) => u.parentId === t.id)]));
  const namesUnder = new Map(townships.map((t) => [t.id, new Set(branchesOf.get(t.id)?.map((b) => b.name))]));
  let branchCount = existing.filter((u) => u.kind === 'branch').length;
  const newBranches: FixtureUnit[] = [];
  while (branchCount < branchTotal && townships.length > 0) {
    const township = townships.reduce((a, b) =>
      (branchesOf.get(b.id)?.length ?? 0) < (branchesOf.get(a.id)?.length ?? 0) ? b : a,
    );
    const name = uniqueName(namesUnder.get(township.id) as Set<string>, () =>
      fixtureNames.branch(ctx.random, township.name),
    );
    const branch = placeUnit(nextId++, township, 'branch', name);
    branchesOf.get(township.id)?.push(branch);
    newBranches.push(branch);
    branchCount++;
  }
  await ctx.insert('Unit', unitColumns, newBranches.map(row));
  ctx.units.push(...newTownships, ...newBranches);
  return [...newTownships, ...newBranches];
}

/** A name not yet in `taken` (sibling names are unique): a few fresh draws, then a number to tell it apart. */
function uniqueName(taken: Set<string>, draw: () => string) {
  let name = draw();
  for (let i = 0; i < 5 && taken.has(name); i++) name = draw();
  for (let n = 2; taken.has(name); n++) name = `${name.replace(/（\d+）$/, '')}（${n}）`;
  taken.add(name);
  return name;
}

/**
 * Who holds what, as a real municipality staffs it: two admins, an editor and a reviewer per township; a
 * secretary per branch and an editor in about a third of them; everyone else a member of a branch, a few of
 * whom also review. Officers come first, so a small size still has every kind of role.
 */
function positions(ctx: FixtureContext, units: readonly FixtureUnit[]) {
  const townships = units.filter((u) => u.kind === 'township');
  const branches = units.filter((u) => u.kind === 'branch');
  const officers: [string, FixtureUnit][] = [];
  for (const t of townships) officers.push(['township_admin', t], ['content_editor', t], ['reviewer', t]);
  for (const b of branches) officers.push(['branch_secretary', b]);
  for (const t of townships) officers.push(['township_admin', t]);
  for (const b of branches) if (ctx.random.next() < 1 / 3) officers.push(['content_editor', b]);
  const homes = branches.length > 0 ? branches : units;
  return (i: number): [string, FixtureUnit] => officers[i] ?? ['member', ctx.random.pick(homes)];
}

/** Accounts up to the size's total, at home in the generated units (the demo's are staffed by the demo). */
async function generateUsers(ctx: FixtureContext, newUnits: readonly FixtureUnit[]) {
  const existing = await ctx.db.user.findMany({
    select: { id: true, unitId: true, displayName: true, grants: { select: { id: true, role: true, unitId: true } } },
    orderBy: { id: 'asc' },
  });
  ctx.users.push(...existing);
  const wanted = (ctx.size.counts.users ?? 0) - existing.length;
  if (wanted <= 0) return;
  const position = positions(ctx, newUnits.length > 0 ? newUnits : ctx.units);
  let userId = await ctx.nextId('User');
  let grantId = await ctx.nextId('Grant');
  const start = ctx.now.getTime() - history;
  const users: FixtureValue[][] = [];
  const grants: FixtureValue[][] = [];
  for (let i = 0; i < wanted; i++) {
    const [role, unit] = position(i);
    const id = userId++;
    const displayName = fixtureNames.person(ctx.random);
    const created = momentBetween(ctx, start);
    const signedIn = ctx.random.next() < 0.7 ? momentBetween(ctx, created.getTime()) : null;
    const disabled = ctx.random.next() < 0.02 ? momentBetween(ctx, created.getTime()) : null;
    const locale = ctx.random.next() < 0.1 ? 'en-US' : 'zh-CN';
    // id, username, displayName, unitId, passwordHash, locale, passwordChangedAt, mustChangePassword,
    // disabledAt, lastSignInAt, createdAt, updatedAt
    users.push([
      id,
      `user${String(id).padStart(6, '0')}`,
      displayName,
      unit.id,
      ctx.passwordHash,
      locale,
      created,
      false,
      disabled,
      signedIn,
      created,
      signedIn ?? created,
    ]);
    const held = [{ id: grantId++, role, unitId: unit.id }];
    if (role === 'member' && ctx.random.next() < 0.04) held.push({ id: grantId++, role: 'reviewer', unitId: unit.id });
    for (const g of held) grants.push([g.id, id, g.role, g.unitId, created]);
    ctx.users.push({ id, unitId: unit.id, displayName, grants: held });
  }
  await ctx.insert(
    'User',
    [
      'id',
      'username',
      'displayName',
      'unitId',
      'passwordHash',
      'locale',
      'passwordChangedAt',
      'mustChangePassword',
      'disabledAt',
      'lastSignInAt',
      'createdAt',
      'updatedAt',
    ],
    users,
  );
  await ctx.insert('Grant', ['id', 'userId', 'role', 'unitId', 'createdAt'], grants);
}

/** The core's objects in the audit log: units, accounts (sign-ins above all) and grants. */
function coreAuditSubjects(ctx: FixtureContext): AuditSubject[] {
  const units = ctx.units;
  const users = ctx.users;
  const grantsOf = users.flatMap((user) => user.grants.map((grant) => ({ user, grant })));
  return [
    {
      entity: 'Unit',
      weight: 3,
      actions: [
        ['unit.create', 2],
        ['unit.update', 3],
        ['unit.rename', 1],
      ],
      draw: (random) => {
        const unit = random.pick(units);
        return { entityId: unit.id, unitId: unit.id, label: unit.name };
      },
    },
    {
      entity: 'User',
      weight: 30,
      actions: [
        ['auth.login', 60],
        ['auth.logout', 20],
        ['auth.changePassword', 2],
        ['user.create', 4],
        ['user.update', 4],
        ['user.resetPassword', 1],
        ['user.setLocale', 1],
      ],
      draw: (random) => {
        const user = random.pick(users);
        return { entityId: user.id, unitId: user.unitId, label: user.displayName };
      },
    },
    {
      entity: 'Grant',
      weight: 2,
      actions: [
        ['grant.add', 4],
        ['grant.remove', 1],
      ],
      draw: (random, action) => {
        const { user, grant } = random.pick(grantsOf);
        const image = { userId: user.id, role: grant.role, unitId: grant.unitId };
        return {
          entityId: grant.id,
          unitId: grant.unitId,
          label: user.displayName,
          labelUnitId: user.unitId,
          ...(action === 'grant.add' ? { after: image } : { before: image }),
        };
      },
    },
  ];
}

const userAgents = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0',
] as const;

/** Rows per insert call: bounds the memory a 500,000-entry log takes while it is written. */
const auditChunk = 25_000;

/**
 * Who acts on a unit's objects: holders of a managing role at the unit or above it (a township admin for its
 * branches, the municipal admin for all); sign-ins and sign-outs are the account's own act.
 */
function actorsFor(ctx: FixtureContext) {
  const managersAt = new Map<number, number[]>();
  for (const user of ctx.users)
    for (const g of user.grants)
      if (g.role !== 'member') managersAt.set(g.unitId, [...(managersAt.get(g.unitId) ?? []), user.id]);
  const pathOf = new Map(ctx.units.map((u) => [u.id, u.path]));
  const cache = new Map<number, number[][]>();
  return (unitId: number) => {
    let levels = cache.get(unitId);
    if (!levels) {
      const ids = (pathOf.get(unitId) ?? '').split('/').filter(Boolean).map(Number);
      levels = ids.flatMap((id) => (managersAt.has(id) ? [managersAt.get(id) as number[]] : []));
      cache.set(unitId, levels);
    }
    return levels.length > 0 ? ctx.random.pick(ctx.random.pick(levels)) : null;
  };
}

async function generateAudit(ctx: FixtureContext) {
  const wanted = (ctx.size.counts.auditEntries ?? 0) - (await ctx.db.auditLog.count());
  if (wanted <= 0) return;
  const subjects = [...coreAuditSubjects(ctx), ...ctx.audit].map((s) => [s, s.weight] as const);
  const actorOf = actorsFor(ctx);
  const start = ctx.now.getTime() - history;
  const step = history / wanted;
  let id = await ctx.nextId('AuditLog');
  const columns = [
    'id',
    'at',
    'actorId',
    'unitId',
    'action',
    'entity',
    'entityId',
    'entityLabel',
    'labelUnitId',
    'before',
    'after',
    'clientAddress',
    'userAgent',
  ] as const;
  for (let done = 0; done < wanted; ) {
    const rows: FixtureValue[][] = [];
    for (const end = Math.min(wanted, done + auditChunk); done < end; done++) {
      const subject = ctx.random.weighted(subjects);
      const action = ctx.random.weighted(subject.actions);
      const object = subject.draw(ctx.random, action);
      // Entries are written in time order, as the log grows: ids and `at` rise together.
      const at = new Date(start + Math.floor((done + ctx.random.next()) * step));
      const actor = action.startsWith('auth.') ? object.entityId : actorOf(object.unitId);
      const image = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
      rows.push([
        id++,
        at,
        actor,
        object.unitId,
        action,
        subject.entity,
        String(object.entityId),
        object.label.slice(0, 200),
        object.labelUnitId ?? object.unitId,
        image(object.before),
        image(object.after),
        `10.${ctx.random.int(4)}.${ctx.random.int(256)}.${1 + ctx.random.int(254)}`,
        ctx.random.pick(userAgents),
      ]);
    }
    await ctx.insert('AuditLog', columns, rows);
  }
}

export const identityFixture: TeamFixture = {
  generate: async (ctx) => {
    await generateUsers(ctx, await generateUnits(ctx));
  },
  // Last, so the log can name every team's objects.
  finish: generateAudit,
};
