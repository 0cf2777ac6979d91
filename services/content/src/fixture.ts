// The content team's part of the large fixture (scripts/fixture): every generated unit's default columns (the
// rows onUnitCreated writes, in bulk), and articles spread over the whole tree and its columns, with mixed
// statuses and three years of dates, each with the title key the application writes (naturalKey); a site code for
// every unit and placements of shared articles (the portal's network).
import { type AuditSubject, type FixtureContext, type FixtureValue, naturalKey, type TeamFixture } from '@strata/api';
import { ensureArticleSearch } from './articles/article-search.sql';
import { defaultColumns } from './columns/default-columns';
import { fixtureArticleText } from './fixture-titles';
import { generatePlacements } from './placements/placement-fixture';
import { giveEveryUnitASite } from './portal/site-codes.sql';

const day = 86_400_000;
const history = 3 * 365 * day;
/** Rows per insert call: bounds the memory 200,000 articles take while they are written. */
const articleChunk = 20_000;

type ColumnRef = { id: number; unitId: number; key: string | null; name: string };

/** The six default columns of every unit that has none yet (the generated ones), as createDefaultColumns writes them. */
async function generateColumns(ctx: FixtureContext): Promise<ColumnRef[]> {
  const existing = await ctx.db.column.findMany({
    select: { id: true, unitId: true, key: true, name: true },
    orderBy: { id: 'asc' },
  });
  const withColumns = new Set(existing.map((c) => c.unitId));
  let id = await ctx.nextId('Column');
  const rows: FixtureValue[][] = [];
  const added: ColumnRef[] = [];
  for (const unit of ctx.units) {
    if (withColumns.has(unit.id)) continue;
    for (const [sort, column] of defaultColumns.entries()) {
      rows.push([id, unit.id, column.key, column.name, sort, false, column.cadence, ctx.now, ctx.now]);
      added.push({ id: id++, unitId: unit.id, key: column.key, name: column.name });
    }
  }
  await ctx.insert(
    'Column',
    ['id', 'unitId', 'key', 'name', 'sort', 'hidden', 'cadence', 'createdAt', 'updatedAt'],
    rows,
  );
  return [...existing, ...added];
}

/** News and grassroots work fill most pages; the slower columns less (their cadence says as much). */
const columnWeight: Record<string, number> = {
  news: 5,
  grassroots: 4,
  leadership: 1,
  cadres: 1,
  research: 1,
  showcase: 1,
};

const statuses = [
  ['published', 62],
  ['draft', 18],
  ['review', 8],
  ['archived', 6],
  // Published, then moved to the recycle bin: status kept, deletedAt set.
  ['recycled', 4],
] as const;

async function generateArticles(ctx: FixtureContext, columns: readonly ColumnRef[]) {
  const wanted = (ctx.size.counts.articles ?? 0) - (await ctx.db.article.count());
  const made = { ids: [] as number[], unitIds: [] as number[], titles: [] as string[] };
  if (wanted <= 0 || ctx.units.length === 0) return made;
  const columnsOf = new Map<number, (readonly [ColumnRef, number])[]>();
  for (const c of columns)
    columnsOf.set(c.unitId, [...(columnsOf.get(c.unitId) ?? []), [c, columnWeight[c.key ?? ''] ?? 1] as const]);
  // Authors are the unit's staff (any role above member), or its parent's when it has none.
  const authorsAt = new Map<number, number[]>();
  for (const u of ctx.users)
    for (const g of u.grants)
      if (g.role !== 'member') authorsAt.set(g.unitId, [...(authorsAt.get(g.unitId) ?? []), u.id]);
  const unitById = new Map(ctx.units.map((u) => [u.id, u]));
  // The municipality writes a little, the townships some, the branches most: a township's subtree then holds
  // about 1/40 of all articles at xl, as in the measurements.
  const byKind = (kind: string) => ctx.units.filter((u) => u.kind === kind && columnsOf.has(u.id));
  const tiers = [
    [byKind('municipality'), 2],
    [byKind('township'), 18],
    [byKind('branch'), 80],
  ] as const;
  const pools = tiers.filter(([units]) => units.length > 0);
  const start = ctx.now.getTime() - history;
  const end = ctx.now.getTime();
  let id = await ctx.nextId('Article');
  const columnNames = [
    'id',
    'unitId',
    'columnId',
    'title',
    'summary',
    'body',
    'status',
    'authorId',
    'publishedAt',
    'siteAt',
    'createdAt',
    'updatedAt',
    'deletedAt',
    'deletedById',
    'titleKey',
  ] as const;
  for (let done = 0; done < wanted; ) {
    const rows: FixtureValue[][] = [];
    for (const stop = Math.min(wanted, done + articleChunk); done < stop; done++) {
      const unit = ctx.random.pick(ctx.random.weighted(pools));
      const column = ctx.random.weighted(columnsOf.get(unit.id) ?? []);
      const parentId = unitById.get(unit.id)?.parentId;
      const authors = authorsAt.get(unit.id) ?? (parentId ? authorsAt.get(parentId) : undefined);
      const author = authors ? ctx.random.pick(authors) : null;
      const status = ctx.random.weighted(statuses);
      const created = start + Math.floor(ctx.random.next() * history);
      const updated = Math.min(end, created + Math.floor(ctx.random.next() * 20 * day));
      const ever = status === 'published' || status === 'archived' || status === 'recycled';
      const published = ever ? new Date(Math.min(updated, created + Math.floor(ctx.random.next() * 3 * day))) : null;
      const deleted = status === 'recycled' ? new Date(updated) : null;
      const title = fixtureArticleText.title(ctx.random, unit.name);
      rows.push([
        id,
        unit.id,
        column.id,
        title,
        fixtureArticleText.summary(ctx.random),
        fixtureArticleText.body(ctx.random),
        status === 'recycled' ? 'published' : status,
        author,
        published,
        published,
        new Date(created),
        new Date(updated),
        deleted,
        deleted ? author : null,
        naturalKey(title),
      ]);
      made.ids.push(id++);
      made.unitIds.push(unit.id);
      made.titles.push(title);
    }
    await ctx.insert('Article', columnNames, rows);
  }
  return made;
}

/** Articles (most of the log's content entries) and columns, for identity's audit generator. */
function contentAuditSubjects(
  columns: readonly ColumnRef[],
  articles: Awaited<ReturnType<typeof generateArticles>>,
): AuditSubject[] {
  const subjects: AuditSubject[] = [
    {
      entity: 'Column',
      weight: 1,
      actions: [
        ['column.create', 1],
        ['column.update', 2],
      ],
      draw: (random) => {
        const c = random.pick(columns);
        return { entityId: c.id, unitId: c.unitId, label: c.name };
      },
    },
  ];
  if (articles.ids.length > 0)
    subjects.push({
      entity: 'Article',
      weight: 30,
      actions: [
        ['article.create', 4],
        ['article.update', 6],
        ['article.withdraw', 0.5],
        ['article.recycle', 0.4],
        ['article.restore', 0.1],
      ],
      draw: (random, action) => {
        const i = random.int(articles.ids.length);
        const title = articles.titles[i] as string;
        const object = { entityId: articles.ids[i] as number, unitId: articles.unitIds[i] as number, label: title };
        if (action === 'article.create') return { ...object, after: { title, status: 'draft' } };
        if (action === 'article.update')
          return { ...object, before: { status: 'review' }, after: { status: 'published' } };
        return object;
      },
    });
  return subjects;
}

export const contentFixture: TeamFixture = {
  generate: async (ctx) => {
    const columns = await generateColumns(ctx);
    const articles = await generateArticles(ctx, columns);
    // Every unit a site (the portal's pages at scale), and the network's placements between them.
    await giveEveryUnitASite(ctx.db);
    await generatePlacements(ctx);
    // The search index of every article written above and of the demo's (the bench serves it as it stands). It reads
    // each batch's accepted placements by article: without their index, 400 scans of every placement (10 s at xl).
    await ctx.buildIndexes(['ArticlePlacement']);
    await ensureArticleSearch(ctx.db, ctx.now, ctx.insert);
    ctx.audit.push(...contentAuditSubjects(columns, articles));
  },
};
