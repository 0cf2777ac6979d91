// A team plugs into Strata through one registration object, exported by its service. The gateway, the
// runtime manifest and the test suites compose the registrations, so adding a team touches its own folders
// and one line (services/gateway/src/teams.ts), not a central file per concern.

import type { DomainLabels, RemoteManifestEntry, RemoteWidget } from '@strata/contract';
import type { Db, Table, Tx, Unit } from '@strata/db';
import type { FixtureValue, RowDerivers } from '@strata/db/bulk';
import { type Locale, locales } from '@strata/i18n';
import { baseResources } from '@strata/i18n/resources';
import type { AnyRouter } from '@trpc/server';
import type { BenchCase, OperationBenchCase } from './bench';
import { useMessages } from './context';
import type { TeamNotices } from './notices';
import type { PublicAsset, PublicPage, PublicPageDeps, SiteNavEntry } from './public-pages';
import { installRoleCatalog, type Permission, RoleCatalog } from './roles';
import type { TeamSearch } from './search';
import { onUnitCreated } from './unit-events';

/** A team's federated remote as the gateway serves it: the manifest entry without its URL, plus its build. */
export type RemoteApp = Omit<RemoteManifestEntry, 'entry' | 'widgets'> & {
  /** Its build output, relative to the repository root. */
  dist: string;
  /** The overview's cards its `./Widgets` module loads (`remoteViteConfig({ widgets: true })`). */
  widgets?: RemoteWidget[];
};

export type TeamRegistration<Name extends string = string, Router extends AnyRouter = AnyRouter> = {
  /** The service's name: its procedures live under `<name>.` and STRATA_SERVICES names it. */
  name: Name;
  router: Router;
  /** The permissions it adds, each `<name>.<verb>`. */
  permissions?: readonly Permission[];
  /** Role -> permissions that role gains; a role the core does not define is the team's own (label it). */
  roles?: Readonly<Record<string, readonly Permission[]>>;
  /**
   * Labels of its own roles and of the audit actions it records, in every locale; and of the kinds of object
   * its entries name (`entity`) and the fields of their images (the audit page's change table).
   */
  labels?: Readonly<Record<Locale, TeamLabels>>;
  /** Its error messages, in every locale; thrown as `<name>.<key>` (see `teamMessage`). */
  messages?: Readonly<Record<Locale, Readonly<Record<string, string>>>>;
  /** Its operations across scopes, bound once to the raw client (see system.ts). */
  system?: (db: Db) => object;
  /**
   * Once at start-up, after the migrations and the demo seed, before serving: fills values derived in code
   * that a migration cannot compute (sort keys of rows written before their column existed). Idempotent.
   */
  onStart?: (db: Db) => Promise<void>;
  /** Per-unit defaults a new unit gets, inside the transaction that creates it. */
  onUnitCreated?: (tx: Tx, unit: Unit) => Promise<void>;
  /** Its front-end, offered while the service is mounted. */
  remote?: RemoteApp;
  /** Its news for the shell's bell (`defineNotices` in notices.ts), whose router it mounts as `notices`. */
  notices?: TeamNotices;
  /** What the header's search finds of it (`defineSearch` in search.ts), whose router it mounts as `search`. */
  search?: TeamSearch;
  /**
   * Its public pages (the portal under /site/), served by the gateway while the service is mounted: the gateway
   * adds the HTTP around them (caching, ETag, the no-script CSP), see public-pages.ts. Called once at start-up.
   */
  publicPages?: (deps: PublicPageDeps) => readonly PublicPage[];
  /**
   * The frame of every site's pages, for every team's public pages (the content team draws the sites), and the tables
   * it reads (the gateway adds them to each kept page's own).
   */
  siteFrame?: { frame: (db: Db) => PublicPageDeps['siteFrame']; reads: readonly Table[] };
  /** Entries it adds to every site's navigation (its public pages under /site/<code>/<path>). */
  siteNav?: readonly SiteNavEntry[];
  /** Files its public pages load (a form's script), served by the gateway from `file`. */
  publicAssets?: readonly PublicAsset[];
  /** Its cases for `npm run bench`, loaded only by the harness (the server never imports them). */
  bench?: () => Promise<readonly BenchCase[]>;
  /** Its one-shot writes for `npm run bench -- --operations` (an import, a snapshot), on a copy of the database. */
  benchOperations?: () => Promise<readonly OperationBenchCase[]>;
  /**
   * Its generator for the large fixture (`npm run fixture`, scripts/fixture/). A lazy import, so the server
   * never loads fixture code: `fixture: () => import('./fixture').then((m) => m.contentFixture)`.
   */
  fixture?: () => Promise<TeamFixture>;
};

/**
 * A team's part of the large fixture. The runner calls every team's `generate` in registration order (identity
 * first: units and users exist before anyone's rows), then every `finish` (identity's writes the audit log,
 * naming the objects all teams offered in `audit`). Rows go in through `insert`, never one ORM call per row.
 */
export type TeamFixture = {
  generate: (ctx: FixtureContext) => Promise<void>;
  finish?: (ctx: FixtureContext) => Promise<void>;
};

/** A value `insert` writes (the bulk writer's: a Date or boolean is stored as each database stores Prisma's). */
export type { FixtureValue, RowDerivers };

/** Deterministic randomness: the same seed draws the same sequence, so the same seed builds the same rows. */
export type FixtureRandom = {
  /** In [0, 1). */
  next: () => number;
  /** An integer in [0, max). */
  int: (max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** One of the choices, each as likely as its weight. */
  weighted: <T>(choices: readonly (readonly [T, number])[]) => T;
};

export type FixtureUnit = Pick<Unit, 'id' | 'parentId' | 'kind' | 'name' | 'path' | 'depth'>;
export type FixtureUser = {
  id: number;
  unitId: number;
  displayName: string;
  grants: { id: number; role: string; unitId: number }[];
};

/** Objects a team's audit entries name: `draw` picks one, with the entry's unit and the object's label. */
export type AuditSubject = {
  entity: string;
  /** How many entries name this kind of object, relative to the others. */
  weight: number;
  /** Labelled actions (the registration's `auditAction`), with their relative weights. */
  actions: readonly (readonly [action: string, weight: number])[];
  /**
   * One object for an entry with `action`: its id, the entry's unit, the object's label (and the unit owning
   * it when not the entry's, as recordAudit takes it), and the entry's images if any.
   */
  draw: (
    random: FixtureRandom,
    action: string,
  ) => { entityId: number; unitId: number; label: string; labelUnitId?: number; before?: unknown; after?: unknown };
};

export type FixtureContext = {
  /** The size being built; `counts` are totals, the demo's rows included (`users`, `articles`, `auditEntries`...). */
  size: { name: string; counts: Readonly<Record<string, number>> };
  random: FixtureRandom;
  /** Generated dates lie before this moment. */
  now: Date;
  /** For reading what exists (the demo's rows); write through `insert`. */
  db: Db;
  /** Every unit and user, the demo's and the generated ones: identity's generator fills them. */
  units: FixtureUnit[];
  users: FixtureUser[];
  /** The fixture password's hash, the same for every generated account. */
  passwordHash: string;
  /** The next free id of a table: generators give their rows ids, so they can refer to them at once. */
  nextId: (table: string) => Promise<number>;
  /** Multi-row inserts in transactions (SQLite) or `unnest` batches (PostgreSQL); columns as Prisma names them. */
  insert: (table: string, columns: readonly string[], rows: readonly (readonly FixtureValue[])[]) => Promise<void>;
  /**
   * Columns the writer fills as the rows go in (the bulk writer's deriveOnWrite): on the large fixture's SQLite load,
   * on the writer's thread, beside the generators. Rows given to `insert` afterwards leave those columns null.
   */
  deriveOnWrite: (derivers: RowDerivers, args: readonly unknown[]) => Promise<void>;
  /**
   * Builds now the secondary indexes of `tables` (the fixture drops them for the load and builds them after each
   * team): for a generator that reads its own rows back by them. Without, each such read scans the whole table.
   */
  buildIndexes: (tables: readonly string[]) => Promise<void>;
  /** What audit entries may name; teams add their objects in `generate`. */
  audit: AuditSubject[];
};

/** What a team labels: roles and audit actions always; object kinds and image fields when it records them. */
export type TeamLabels = Pick<DomainLabels, 'role' | 'auditAction'> &
  Partial<Pick<DomainLabels, 'auditEntity' | 'auditField'>>;

/** Declares a team's registration; the literal name keeps the merged router typed per team. */
export const defineTeam = <Name extends string, Router extends AnyRouter>(team: TeamRegistration<Name, Router>) => team;

/** The merged router's shape: each team's router under its name. */
export type RoutersOf<Teams extends readonly TeamRegistration[]> = {
  [Team in Teams[number] as Team['name']]: Team['router'];
};

/** A team's error keys as AppError takes them: `teamMessage('content', messages)('columnNameTaken')`. */
export const teamMessage =
  <Name extends string, Key extends string>(name: Name, _messages: Readonly<Record<Key, string>>) =>
  (key: Key) =>
    `${name}.${key}` as const;

const coreLabels = (locale: Locale): DomainLabels => ({
  role: { ...baseResources[locale].domain.role },
  auditAction: { ...baseResources[locale].domain.auditAction },
  auditEntity: { ...baseResources[locale].domain.auditEntity },
  auditField: { ...baseResources[locale].domain.auditField },
});

/** Everything the registrations add up to, checked: one catalog of roles, one set of labels and messages. */
export function composeTeams(teams: readonly TeamRegistration[]) {
  const names = teams.map((t) => t.name);
  if (new Set(names).size !== names.length) throw new Error(`two teams share a name: ${names.join(', ')}`);
  for (const team of teams)
    for (const p of team.permissions ?? [])
      if (!p.startsWith(`${team.name}.`)) throw new Error(`team ${team.name} declares ${p}: not under "${team.name}."`);

  const roles = new RoleCatalog(teams);
  const labels = Object.fromEntries(locales.map((l) => [l, coreLabels(l)])) as Record<Locale, DomainLabels>;
  for (const team of teams)
    for (const locale of locales) {
      Object.assign(labels[locale].role, team.labels?.[locale]?.role);
      Object.assign(labels[locale].auditAction, team.labels?.[locale]?.auditAction);
      Object.assign(labels[locale].auditEntity, team.labels?.[locale]?.auditEntity);
      Object.assign(labels[locale].auditField, team.labels?.[locale]?.auditField);
    }
  // A role no label names is a typo or a forgotten label, in whichever language.
  for (const role of roles.roles())
    for (const locale of locales)
      if (!labels[locale].role[role]) throw new Error(`role ${role} has no ${locale} label`);

  for (const team of teams) {
    const defs = team.router._def.procedures as Record<string, { _def: { meta?: { permission?: string } } }>;
    for (const [path, def] of Object.entries(defs)) {
      const permission = def._def.meta?.permission;
      if (permission && !roles.isPermission(permission))
        throw new Error(`${team.name}.${path} requires ${permission}, which no team declares`);
    }
  }

  for (const team of teams) {
    checkShellPart(team, 'notices', 'list', 'notice');
    checkShellPart(team, 'search', 'find', 'search');
    checkWidgets(team, roles);
  }

  const messages = Object.fromEntries(
    locales.map((l) => [l, Object.fromEntries(teams.flatMap((t) => (t.messages ? [[t.name, t.messages[l]]] : [])))]),
  ) as Record<Locale, Record<string, Record<string, string>>>;

  return { roles, labels, messages };
}

/**
 * A part the shell asks of every team alike (the bell's notices, the header's search) is mounted where the shell asks
 * (`<team>.<mount>.<procedure>`), and every kind it names has a label in every locale.
 */
function checkShellPart(team: TeamRegistration, mount: 'notices' | 'search', procedure: string, what: string) {
  const part = team[mount];
  if (!part) return;
  const own = (part.router._def.procedures as Record<string, unknown>)[procedure];
  if ((team.router._def.procedures as Record<string, unknown>)[`${mount}.${procedure}`] !== own)
    throw new Error(`team ${team.name} declares ${mount} but does not mount its router as "${mount}"`);
  const kinds = new Set(locales.flatMap((l) => Object.keys(part.kinds[l] ?? {})));
  for (const kind of kinds)
    for (const locale of locales)
      if (!part.kinds[locale]?.[kind]) throw new Error(`${what} kind ${team.name}.${kind} has no ${locale} label`);
}

/**
 * A remote's overview cards are each named once, titled in every locale and shown by a permission some team declares
 * (a typo there would hide the card from everyone), or by none when the card is the user's own.
 */
function checkWidgets({ name, remote }: TeamRegistration, roles: RoleCatalog) {
  const widgets = remote?.widgets ?? [];
  const ids = widgets.map((w) => w.id);
  if (new Set(ids).size !== ids.length) throw new Error(`team ${name} names a widget twice: ${ids.join(', ')}`);
  for (const widget of widgets) {
    // Only an own card (about the user, whoever they are) may go without a permission.
    if (widget.permission === undefined) {
      if (widget.home !== 'own') throw new Error(`widget ${name}.${widget.id} is shown to everyone but is no own card`);
    } else if (!roles.isPermission(widget.permission))
      throw new Error(`widget ${name}.${widget.id} is shown by ${widget.permission}, which no team declares`);
    for (const locale of locales)
      if (!widget.title[locale]) throw new Error(`widget ${name}.${widget.id} has no ${locale} title`);
  }
}

/** Puts the composition in force for this process: roles, messages and every team's per-unit defaults. */
export function installTeams(teams: readonly TeamRegistration[]) {
  const composed = composeTeams(teams);
  installRoleCatalog(composed.roles);
  useMessages(composed.messages);
  for (const team of teams) if (team.onUnitCreated) onUnitCreated(team.onUnitCreated);
  return composed;
}
