// What the scope suite's cases are given: a signed-in caller, the townships where it holds grants ("own
// places", each with what the grants permit there) and the township where it holds none (东湖街道), plus
// the expectation of what the caller may see, computed here from its grants, not by the code under test.
import { type Permission, roleCatalog } from '@strata/api';
import type { Prisma, Unit } from '@strata/db';
import { expect } from 'vitest';
import type { Caller, TestEnv } from './env';
import { addAccount } from './factories';

/** An id no row has. */
export const missing = 999_999;

/**
 * A foreign id must fail exactly as a non-existent one: same code, same message. Both must fail; a
 * procedure that answered the foreign call (ignoring the scope) fails here.
 */
export async function expectHidden(
  foreign: Promise<unknown>,
  absent: Promise<unknown>,
  codes: string[] = ['NOT_FOUND', 'BAD_REQUEST'],
) {
  const [f, m] = await Promise.allSettled([foreign, absent]);
  expect(f.status, 'the foreign call must be refused').toBe('rejected');
  expect(m.status, 'the call with a missing id must be refused').toBe('rejected');
  const shape = (r: PromiseSettledResult<unknown>) => {
    const e = (r as PromiseRejectedResult).reason as { code?: string; message?: string };
    return { code: e.code, message: e.message };
  };
  expect(shape(f)).toEqual(shape(m));
  expect(codes).toContain(shape(f).code);
}

/**
 * What each role used by the suite permits: written out here, so a change to a role's permissions fails
 * the suite instead of moving its expectations along.
 */
const permissionsOf: Record<string, readonly Permission[]> = {
  // An admin holds every permission of every team (the catalog the gateway composed).
  get township_admin() {
    return roleCatalog().permissions;
  },
  content_editor: ['unit.read', 'content.read', 'content.write'],
};

type Township = Unit & { branches: Unit[] };
export type Place = { slug: string; township: Township; branches: Unit[] };

/** A caller of the suite: where its account lives and which grants it holds (township slug or slug/branch). */
export type CallerSpec = {
  label: string;
  username: string;
  home: string;
  grants: { role: string; at: string }[];
};

export const scopeCallers: CallerSpec[] = [
  {
    label: 'the township admin of 城关镇',
    username: 'chengguan',
    home: 'chengguan',
    grants: [{ role: 'township_admin', at: 'chengguan' }],
  },
  {
    label: 'a user with grants in two townships (admin of 城关镇, editor in 西山镇)',
    username: 'two-townships',
    home: 'chengguan',
    grants: [
      { role: 'township_admin', at: 'chengguan' },
      { role: 'content_editor', at: 'xishan' },
    ],
  },
  {
    label: 'a user at home in 东湖街道 with an admin grant at 城关镇',
    username: 'home-elsewhere',
    home: 'donghu/2',
    grants: [{ role: 'township_admin', at: 'chengguan' }],
  },
];

/** The township no caller of the suite holds a grant in (the home of one of them lies in it). */
export const foreignSlug = 'donghu';

const unitAt = (env: TestEnv, ref: string): Unit => {
  const [slug, branch] = ref.split('/');
  const township = env.seed.townships[slug as string];
  if (!township) throw new Error(`no township ${slug}`);
  return branch === undefined ? township : (township.branches[Number(branch)] as Unit);
};

/** Creates the suite's callers that the demo does not have. */
export async function addScopeCallers(env: TestEnv) {
  for (const spec of scopeCallers) {
    if (env.seed.users[spec.username]) continue;
    await addAccount(env, {
      username: spec.username,
      unitId: unitAt(env, spec.home).id,
      grants: spec.grants.map((g) => ({ role: g.role, unitId: unitAt(env, g.at).id })),
    });
  }
}

export type ScopeTest = {
  env: TestEnv;
  /** A fresh session of the caller. */
  a: Caller;
  user: { id: number; username: string; unitId: number };
  grants: { role: string; unit: Unit }[];
  /** Townships where the caller holds a grant. */
  places: Place[];
  /** 东湖街道: no grant of the caller lies in it. */
  foreign: Place;
  /** A short tag for names this caller creates. */
  tag: string;
  /** Whether the caller's grants give the permission at a unit (by its path). */
  may: (permission: Permission, unitPath: string) => boolean;
  /** Prisma filter for the units where the caller holds the permission. */
  unitsWith: (permission: Permission) => Prisma.UnitWhereInput;
};

const placeOf = (env: TestEnv, slug: string): Place => {
  const township = env.seed.townships[slug];
  if (!township) throw new Error(`no township ${slug}`);
  return { slug, township, branches: township.branches };
};

export async function scopeTest(env: TestEnv, spec: CallerSpec): Promise<ScopeTest> {
  const user = await env.db.user.findUniqueOrThrow({ where: { username: spec.username } });
  const grants = spec.grants.map((g) => ({ role: g.role, unit: unitAt(env, g.at) }));
  const may = (permission: Permission, path: string) =>
    grants.some((g) => (permissionsOf[g.role] ?? []).includes(permission) && path.startsWith(g.unit.path));
  const slugs = [...new Set(spec.grants.map((g) => g.at.split('/')[0] as string))];
  return {
    env,
    a: await env.as(spec.username),
    user: { id: user.id, username: user.username, unitId: user.unitId },
    grants,
    places: slugs.map((slug) => placeOf(env, slug)),
    foreign: placeOf(env, foreignSlug),
    tag: spec.username.slice(0, 3),
    may,
    unitsWith: (permission) => {
      const roots = grants
        .filter((g) => may(permission, g.unit.path))
        .map((g) => ({ path: { startsWith: g.unit.path } }));
      return roots.length ? { OR: roots } : { id: -1 };
    },
  };
}

/** One procedure's case: both outcomes, for the caller it is given. */
export type ScopeCase = (t: ScopeTest) => Promise<void>;

/** The permissions the caller's grants give, all together. */
export const permissionsHeld = (t: ScopeTest) => new Set(t.grants.flatMap((g) => permissionsOf[g.role] ?? []));

/**
 * Both outcomes, place by place: `allowed` for each own township where the permission holds (at least one),
 * `hidden` for each own township where it does not and for 东湖街道.
 */
export async function eachPlace(
  t: ScopeTest,
  permission: Permission,
  allowed: (place: Place) => Promise<void>,
  hidden: (place: Place) => Promise<void>,
) {
  const own = t.places.filter((p) => t.may(permission, p.township.path));
  expect(own.length, `the caller holds ${permission} somewhere`).toBeGreaterThan(0);
  for (const place of own) await allowed(place);
  for (const place of t.places.filter((p) => !own.includes(p))) await hidden(place);
  await hidden(t.foreign);
}

/** The first own township where the permission holds. */
export const ownPlace = (t: ScopeTest, permission: Permission): Place => {
  const place = t.places.find((p) => t.may(permission, p.township.path));
  if (!place) throw new Error(`no own place with ${permission}`);
  return place;
};

/** The ids of rows, sorted, to compare sets. */
export const idsOf = (rows: { id: number }[]) => rows.map((r) => r.id).sort((x, y) => x - y);
