// What every page of a site shows around its content: the site's unit, its visible columns, the sites above it
// (breadcrumbs) and below it (the network). It changes only when units or columns do, so it is kept while they
// stay the same (whileUnchanged: one read of their generations), and a page's own reads are its content's alone.
import { type Db, type Table, whileUnchanged } from '@strata/db';

/** A site code as units carry it: lower-case letters, digits and hyphens. */
export const siteCodePattern = /^[a-z0-9](?:[a-z0-9-]{0,62})$/;

export type SiteRef = { id: number; name: string; code: string };
export type SiteColumn = { id: number; name: string };
export type Site = SiteRef & {
  path: string;
  createdAt: Date;
  columns: SiteColumn[];
  /** The sites above it, the top first (units without a site are skipped). */
  ancestors: SiteRef[];
  /** The nearest site above it, if any. */
  parent: SiteRef | null;
  children: SiteRef[];
};

const ref = (u: { id: number; name: string; siteCode: string | null }): SiteRef => ({
  id: u.id,
  name: u.name,
  code: u.siteCode as string,
});

async function readSite(db: Db, code: string): Promise<Site | null> {
  const unit = await db.unit.findFirst({
    where: { siteCode: code, archivedAt: null },
    select: { id: true, name: true, path: true, siteCode: true, createdAt: true },
  });
  if (!unit) return null;
  const above = unit.path
    .split('/')
    .filter(Boolean)
    .map(Number)
    .filter((id) => id !== unit.id);
  const site = { siteCode: { not: null }, archivedAt: null };
  const [columns, ancestors, children] = await Promise.all([
    db.column.findMany({
      where: { unitId: unit.id, hidden: false },
      select: { id: true, name: true },
      orderBy: [{ sort: 'asc' }, { id: 'asc' }],
    }),
    above.length
      ? db.unit.findMany({
          where: { id: { in: above }, ...site },
          select: { id: true, name: true, siteCode: true },
          orderBy: { depth: 'asc' },
        })
      : [],
    db.unit.findMany({
      where: { parentId: unit.id, ...site },
      select: { id: true, name: true, siteCode: true },
      orderBy: [{ sort: 'asc' }, { id: 'asc' }],
    }),
  ]);
  const up = ancestors.map(ref);
  return {
    ...ref(unit),
    path: unit.path,
    createdAt: unit.createdAt,
    columns,
    ancestors: up,
    parent: up.at(-1) ?? null,
    children: children.map(ref),
  };
}

/** What a site's unit, columns and neighbours are read from. */
export const siteReads: readonly Table[] = ['Unit', 'Column'];

/** The site with this code: a unit that has it and is not archived; null for any other code. */
export function siteByCode(db: Db, code: string): Promise<Site | null> {
  if (!siteCodePattern.test(code)) return Promise.resolve(null);
  return whileUnchanged(db, `portal.site ${code}`, () => readSite(db, code), { reads: siteReads });
}

export type NetworkSite = SiteRef & { path: string; depth: number };

/** Every site of the network (units with a code, not archived), in the tree's order (a path's prefix first). */
export const networkSites = (db: Db): Promise<NetworkSite[]> =>
  whileUnchanged(
    db,
    'portal.network',
    async () =>
      (
        await db.unit.findMany({
          where: { siteCode: { not: null }, archivedAt: null },
          select: { id: true, name: true, siteCode: true, path: true, depth: true },
          orderBy: { path: 'asc' },
        })
      ).map((u) => ({ ...ref(u), path: u.path, depth: u.depth })),
    { reads: ['Unit'] },
  );
