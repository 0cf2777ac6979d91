// Seeds the demo municipality into an empty database: once, and never over a database in use.
// Tests use the same function, so what they prove holds for the demo.
import { naturalKey, trustedUnit, unitCreated } from '@strata/api';
import { type Db, hashPassword, type Unit } from '@strata/db';
import type { FileStorage } from '@strata/files';
import { createUnit } from '@strata/service-identity/unit-tree';
import { systemOperations } from '../system';
import { seedDemoBoard } from './demo-board';
import { seedDemoBooks } from './demo-books';
import { seedDemoContent } from './demo-content';
import {
  articleTitles,
  branchNames,
  demoPassword,
  demoProfile,
  demoUsers,
  municipalityName,
  townships,
} from './demo-data';
import { seedDemoGeography } from './demo-geo';
import { seedDemoLetters } from './demo-letters';
import { seedDemoMembers } from './demo-members';
import { demoUnitProfile } from './demo-profiles';
import { seedDemoTrainingData } from './demo-training';
import { seedDemoVolunteers } from './demo-volunteers';

export type DemoSeed = {
  municipality: Unit;
  townships: Record<string, Unit & { branches: Unit[] }>;
  users: Record<string, number>;
};

const statuses = ['published', 'published', 'published', 'review', 'draft'] as const;

export async function seedDemo(db: Db, opts: { articlesPerUnit?: number } = {}): Promise<DemoSeed> {
  const passwordHash = await hashPassword(demoPassword);
  const perUnit = opts.articlesPerUnit ?? 4;
  return db.$transaction(
    async (tx) => {
      let n = 0;
      const profile = (address: string, foundedOn?: string) => demoUnitProfile(n++, { address, foundedOn });
      const city = demoProfile.municipality;
      const root = await tx.unit.create({
        data: {
          kind: 'municipality',
          name: municipalityName,
          path: '/',
          depth: 0,
          // Public sites at /site/<code>/: the municipality, each township by its pinyin, each branch numbered.
          siteCode: 'jiangcheng',
          ...profile(`${municipalityName}${city.road}`, city.foundedOn),
        },
      });
      const municipality = await tx.unit.update({ where: { id: root.id }, data: { path: `/${root.id}/` } });
      await unitCreated(tx, municipality);
      const byTownship: DemoSeed['townships'] = {};
      // The seed owns the whole tree: its lookups need no scope.
      const find = async (id: number) => trustedUnit(await tx.unit.findUniqueOrThrow({ where: { id } }));
      for (const t of townships) {
        const township = await tx.unit.update({
          where: { id: (await createUnit(tx, find, municipality.id, 'township', t.name)).id },
          data: { ...profile(`${municipalityName}${t.name}${t.road}`, t.foundedOn), siteCode: t.slug },
        });
        await unitCreated(tx, township);
        const branches: Unit[] = [];
        for (const [i, b] of branchNames.entries()) {
          const name = `${t.name}${b}`;
          const branch = await tx.unit.update({
            where: { id: (await createUnit(tx, find, township.id, 'branch', name)).id },
            data: { ...profile(`${municipalityName}${name.replace(/支部$/, '')}`), siteCode: `${t.slug}-${i + 1}` },
          });
          await unitCreated(tx, branch);
          branches.push(branch);
        }
        byTownship[t.slug] = { ...township, branches };
      }
      const unitOf = (ref: string | null): Unit => {
        if (!ref) return municipality;
        const [slug, branch] = ref.split('/');
        const township = byTownship[slug as string];
        if (!township) throw new Error(`seed: unknown township ${slug}`);
        return branch === undefined ? township : (township.branches[Number(branch)] as Unit);
      };
      const users: Record<string, number> = {};
      for (const u of demoUsers) {
        const unit = unitOf(u.unit);
        const user = await tx.user.create({
          data: { username: u.username, displayName: u.displayName, unitId: unit.id, passwordHash },
        });
        await tx.grant.create({ data: { userId: user.id, role: u.role, unitId: unit.id } });
        users[u.username] = user.id;
      }
      const columns = await tx.column.findMany({ orderBy: { id: 'asc' } });
      const now = Date.now();
      let article = 0;
      const articles = columns
        .filter((c) => c.sort < 3)
        .flatMap((column) =>
          Array.from({ length: Math.ceil(perUnit / 3) }, () => {
            article += 1;
            const status = statuses[article % statuses.length] as string;
            const at = new Date(now - article * 3_600_000);
            const title = `${articleTitles[article % articleTitles.length]}（${article}）`;
            return {
              unitId: column.unitId,
              columnId: column.id,
              title,
              titleKey: naturalKey(title),
              summary: '示例文章，用于演示内容管理。',
              body: '<p>这是一篇示例文章的正文。</p><p>各单位可在此发布本单位的党建动态、基层工作和干部风采。</p>',
              status,
              authorId: users.admin ?? null,
              publishedAt: status === 'published' ? at : null,
              siteAt: status === 'published' ? at : null,
              createdAt: at,
              updatedAt: at,
            };
          }),
        );
      for (let i = 0; i < articles.length; i += 500) await tx.article.createMany({ data: articles.slice(i, i + 500) });
      return { municipality, townships: byTownship, users };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** What `seedDemo` answered, read back from a database it seeded (or a copy of one): the same ids and rows. */
export async function readDemoSeed(db: Db): Promise<DemoSeed> {
  const municipality = await db.unit.findFirstOrThrow({ where: { parentId: null, name: municipalityName } });
  const byTownship: DemoSeed['townships'] = {};
  for (const t of townships) {
    const township = await db.unit.findFirstOrThrow({ where: { parentId: municipality.id, name: t.name } });
    // Branches were created in branchNames' order.
    const branches = await db.unit.findMany({ where: { parentId: township.id }, orderBy: { id: 'asc' } });
    byTownship[t.slug] = { ...township, branches };
  }
  const accounts = await db.user.findMany({ where: { username: { in: demoUsers.map((u) => u.username) } } });
  return { municipality, townships: byTownship, users: Object.fromEntries(accounts.map((u) => [u.username, u.id])) };
}

/**
 * The demo, with its pictures, dated columns and shared news (demo-content.ts), its letters, board, map, registry
 * dues books, volunteering and training, into an empty database only. `url` is the database's (the books go in through the bulk writer).
 */
export async function seedDemoOnce(db: Db, storage: FileStorage, url: string): Promise<boolean> {
  if ((await db.unit.count()) > 0) return false;
  const seed = await seedDemo(db);
  await seedDemoContent(db, seed, storage);
  await seedDemoLetters(db, seed, systemOperations(db));
  await seedDemoBoard(db, seed);
  await seedDemoGeography(db, seed);
  await seedDemoMembers(db, seed);
  await seedDemoBooks(db, url, seed);
  await seedDemoVolunteers(db, url, seed);
  await seedDemoTrainingData(db, url, seed);
  return true;
}
