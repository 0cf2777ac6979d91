// What a person opening the demo for the first time should find true (issue 8 point 10), on top of the articles every
// test seeds: units in turn up to date (a recent article in each regular column, every slower one kept), with one
// slower column due soon, or behind (their slower columns, 干部天地, 信息调研, 时代风采, written at dates that leave
// one kept, one due soon and one overdue), so the freshness board shows units of each kind; pictures (generated here, nothing downloaded) on the
// municipality's and the townships' showcase articles, as covers and in their bodies, so the portal's home pages
// have a picture strip; and news of the municipality and of each township shared down to the units below, as the
// share action places them. Run once, after seedDemo, by seedDemoOnce (tests seed without it).
import { naturalKey } from '@strata/api';
import type { Db } from '@strata/db';
import { type FileStorage, saveUpload } from '@strata/files';
import sharp from 'sharp';
import type { DemoSeed } from './demo';

const day = 86_400_000;

/** Per slower column: its text, and how long ago each of its three states was last written (days). */
const slowColumns = {
  cadres: {
    ages: { kept: 6, dueSoon: 27, overdue: 48 },
    titles: ['年轻干部座谈会交流成长体会', '驻村第一书记工作纪实', '基层干部“一线工作法”经验分享'],
    text: [
      '座谈会上，年轻干部结合岗位实际，交流了在基层一线锻炼成长的体会。',
      '大家表示，要在急难险重任务中经受考验，把所学所思转化为为民服务的实际行动。',
    ],
  },
  research: {
    ages: { kept: 20, dueSoon: 84, overdue: 130 },
    titles: ['关于基层党组织网站建设情况的调研报告', '党员教育培训需求调查分析', '农村党员队伍结构情况调研'],
    text: [
      '调研组采取实地走访、座谈交流和问卷调查相结合的方式，全面了解了基层的实际情况。',
      '报告梳理了存在的主要问题，并就下一步工作提出了具体的意见建议。',
    ],
  },
  showcase: {
    ages: { kept: 4, dueSoon: 26, overdue: 52 },
    titles: ['身边的榜样：扎根乡村三十年的老支书', '志愿服务点亮社区生活', '党员先锋岗风采展示'],
    text: [
      '他几十年如一日扎根基层，带领群众修路架桥、发展产业，赢得了乡亲们的一致称赞。',
      '在他的带动下，越来越多的党员主动亮身份、作表率，成为群众身边的贴心人。',
    ],
  },
} as const;
const states = ['kept', 'dueSoon', 'overdue'] as const;

/**
 * How each unit is left, in turn: up to date (every column kept), one slower column due soon, or behind (its slower
 * columns kept, due soon and overdue), so the board shows units of each kind.
 */
const standings = ['upToDate', 'dueSoon', 'behind'] as const;

/** The regular columns' latest article of a unit that is not behind: days ago, within each column's cadence. */
const regularColumns = {
  news: { age: 1, title: '召开党员大会传达学习上级会议精神' },
  grassroots: { age: 2, title: '开展“主题党日”志愿服务活动' },
  leadership: { age: 9, title: '书记讲党课：坚定理想信念 践行初心使命' },
} as const;
const regularText = [
  '活动中，党员同志们认真学习了有关文件精神，结合工作实际交流了心得体会。',
  '大家表示，要把学习成果转化为推动工作的实际成效，更好地服务群众。',
] as const;

/** News written to be shared down: the municipality's two, each township's one. */
const sharedNews = {
  municipality: ['召开全市基层党建工作推进会', '部署开展党员教育培训工作'],
  township: ['传达学习全市基层党建工作推进会精神'],
  text: [
    '会议总结了前一阶段的工作，分析了当前面临的形势和任务，对下一阶段重点工作作出部署。',
    '会议要求，各级党组织要压实责任、细化措施，确保各项任务落到实处。',
  ],
} as const;

/** A landscape picture drawn from a hue: sky, sun and two hills, as JPEG. */
async function picture(i: number): Promise<Uint8Array> {
  const hex = (h: number, s: number, l: number) => {
    const a = s * Math.min(l, 1 - l);
    const f = (n: number) => {
      const k = (n + h / 30) % 12;
      return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))))
        .toString(16)
        .padStart(2, '0');
    };
    return `#${f(0)}${f(8)}${f(4)}`;
  };
  const hue = (i * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${hex(hue + 190, 0.6, 0.7)}"/><stop offset="1" stop-color="${hex(hue + 210, 0.5, 0.93)}"/></linearGradient></defs><rect width="1200" height="800" fill="url(#s)"/><circle cx="${220 + ((i * 170) % 760)}" cy="210" r="78" fill="${hex(45, 0.95, 0.7)}"/><path d="M0 560 Q300 ${380 + (i % 4) * 30} 600 520 T1200 500 V800 H0Z" fill="${hex(hue + 100, 0.35, 0.45)}"/><path d="M0 660 Q400 570 800 650 T1200 620 V800 H0Z" fill="${hex(hue + 130, 0.4, 0.3)}"/></svg>`;
  return new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer());
}

const paragraphs = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');

type Published = { unitId: number; columnId: number; title: string; summary: string; body: string; at: Date };

/** A published article of the demo, written and shown at `at`, by the municipal admin. */
const publish = (db: Db, authorId: number | null, a: Published & { coverFileId?: number | null }) =>
  db.article.create({
    data: {
      unitId: a.unitId,
      columnId: a.columnId,
      title: a.title,
      titleKey: naturalKey(a.title),
      summary: a.summary,
      body: a.body,
      status: 'published',
      authorId,
      publishedAt: a.at,
      siteAt: a.at,
      createdAt: a.at,
      updatedAt: a.at,
      coverFileId: a.coverFileId ?? null,
    },
  });

/** A slower column's state for the unit's standing: the `c`th slower column of the `u`th unit. */
function slowState(standing: (typeof standings)[number], u: number, c: number): (typeof states)[number] {
  if (standing === 'upToDate') return 'kept';
  if (standing === 'dueSoon') return c === u % states.length ? 'dueSoon' : 'kept';
  return states[(u + c) % states.length] as (typeof states)[number];
}

export async function seedDemoContent(db: Db, seed: DemoSeed, storage: FileStorage, now = new Date()) {
  const adminId = seed.users.admin ?? null;
  const townships = Object.values(seed.townships);
  const sites = [seed.municipality, ...townships, ...townships.flatMap((t) => t.branches)];
  const columns = await db.column.findMany({ where: { unitId: { in: sites.map((u) => u.id) } } });
  const columnOf = (unitId: number, key: string) => columns.find((c) => c.unitId === unitId && c.key === key);
  const pictures = await Promise.all(Array.from({ length: 6 }, (_, i) => picture(i)));
  const withPictures = new Set([seed.municipality.id, ...townships.map((t) => t.id)]);

  for (const [u, unit] of sites.entries()) {
    const standing = standings[u % standings.length] as (typeof standings)[number];
    if (standing !== 'behind')
      for (const [key, regular] of Object.entries(regularColumns)) {
        const target = columnOf(unit.id, key);
        if (!target) continue;
        await publish(db, adminId, {
          unitId: unit.id,
          columnId: target.id,
          title: `${unit.name}${regular.title}`,
          summary: regularText[0],
          body: paragraphs(regularText),
          at: new Date(now.getTime() - regular.age * day),
        });
      }
    for (const [c, [key, column]] of Object.entries(slowColumns).entries()) {
      const target = columnOf(unit.id, key);
      if (!target) continue;
      const state = slowState(standing, u, c);
      // The last one at the state's age, an older one a cadence before it.
      for (const [n, age] of [column.ages[state], column.ages[state] + column.ages.overdue].entries()) {
        const at = new Date(now.getTime() - age * day);
        const title = `${unit.name}${column.titles[(u + n) % column.titles.length]}`;
        let coverFileId: number | null = null;
        let body = paragraphs(column.text);
        const files: number[] = [];
        if (key === 'showcase' && withPictures.has(unit.id)) {
          for (const p of [0, 1]) {
            const index = (u * 2 + n + p) % pictures.length;
            const file = await saveUpload(db, storage, {
              unitId: unit.id,
              uploadedById: adminId,
              name: `${unit.name}风采-${index + 1}.jpg`,
              bytes: pictures[index] as Uint8Array,
            });
            files.push(file.id);
          }
          coverFileId = files[0] ?? null;
          body = `${paragraphs(column.text.slice(0, 1))}<p><img src="/files/${files[1]}/preview" alt="${unit.name}活动现场"></p>${paragraphs(column.text.slice(1))}`;
        }
        const article = await publish(db, adminId, {
          unitId: unit.id,
          columnId: target.id,
          title,
          summary: column.text[0],
          body,
          at,
          coverFileId,
        });
        if (files.length)
          await db.articleFile.createMany({ data: files.map((fileId) => ({ articleId: article.id, fileId })) });
      }
    }
  }

  // Shared down: news of the municipality to every township, of each township to its branches, as `share` places it.
  const below = [[seed.municipality, townships] as const, ...townships.map((t) => [t, t.branches] as const)];
  for (const [from, to] of below) {
    const news = columnOf(from.id, 'news');
    if (!news) continue;
    const titles = from.id === seed.municipality.id ? sharedNews.municipality : sharedNews.township;
    for (const [n, headline] of titles.entries()) {
      const at = new Date(now.getTime() - (n + 1) * 30 * 3_600_000);
      const article = await publish(db, adminId, {
        unitId: from.id,
        columnId: news.id,
        title: `${from.name}${headline}`,
        summary: sharedNews.text[0],
        body: paragraphs(sharedNews.text),
        at,
      });
      let placed = 0;
      for (const unit of to) {
        const column = columnOf(unit.id, 'news');
        if (!column) continue;
        await db.articlePlacement.create({
          data: {
            articleId: article.id,
            unitId: unit.id,
            columnId: column.id,
            kind: 'shared',
            state: 'accepted',
            createdById: adminId,
            decidedAt: at,
            siteAt: at,
          },
        });
        placed += 1;
      }
      await db.article.update({ where: { id: article.id }, data: { placedCount: placed } });
    }
  }
  await seedEditorsWork(db, seed, columnOf(seed.townships.chengguan?.id ?? -1, 'news'), now);
}

/**
 * The township editor's work in progress, so their page and the reviewer's queue open on something: a draft, one the
 * reviewer returned with a note, and two awaiting review, one of them for longer than three days.
 */
async function seedEditorsWork(db: Db, seed: DemoSeed, news: { id: number; unitId: number } | undefined, now: Date) {
  const editorId = seed.users.editor;
  if (!editorId || !news) return;
  const write = (title: string, status: 'draft' | 'review', daysAgo: number) => {
    const at = new Date(now.getTime() - daysAgo * day);
    return db.article.create({
      data: {
        unitId: news.unitId,
        columnId: news.id,
        title,
        titleKey: naturalKey(title),
        summary: editorsText[0],
        body: paragraphs(editorsText),
        status,
        authorId: editorId,
        createdAt: at,
        updatedAt: at,
      },
    });
  };
  await write('城关镇冬季送温暖活动安排', 'draft', 1);
  const returned = await write('城关镇党员志愿服务队年度总结', 'draft', 3);
  await db.articleReview.create({
    data: {
      articleId: returned.id,
      unitId: news.unitId,
      decision: 'returned',
      comment: '请补充活动照片和参加人数后再提交。',
      reviewerId: seed.users.reviewer ?? null,
      createdAt: new Date(now.getTime() - 2 * day),
    },
  });
  await write('城关镇第三季度党建工作简报', 'review', 5);
  await write('城关镇开展“主题党日”集中学习', 'review', 1);
}

const editorsText = [
  '本文为城关镇内容编辑起草的稿件，提交审核后在网站发布。',
  '稿件介绍活动的时间、地点、参加人员和主要内容，并附有现场照片。',
];
