// The demo's leader's mailbox (issue 9 point 9): letters in every state across the tree, sent the way the public
// sends them (the mailbox's own operation: sealed names and phones, deadlines from the working-day calendar), then
// moved along as handlers would have moved them, each step on the letter's timeline. Some are overdue and so
// escalated to the unit above; some are answered in public and show on their site's "letters and replies" page.
// Run once by seedDemoOnce, after the demo's content (tests seed without it).
import { ensureOfficialCalendar, type SystemOperations, workingCalendar } from '@strata/api';
import type { Db, Unit } from '@strata/db';
import type { DemoSeed } from './demo';

const day = 86_400_000;

type Kind = 'consultation' | 'complaint' | 'suggestion' | 'help';
type Sample = { kind: Kind; title: string; body: string; reply: string };

const samples: Sample[] = [
  {
    kind: 'consultation',
    title: '入党申请书应当交给哪个支部',
    body: '我在城里上班，户口在老家，想递交入党申请书，请问应该交给工作单位的支部还是户籍所在地的支部？',
    reply: '您好！入党申请一般向工作所在单位的党组织提出；单位未建立党组织的，可向单位所在地或居住地的党组织提出。',
  },
  {
    kind: 'complaint',
    title: '小区门口路灯长期不亮',
    body: '幸福路小区门口的两盏路灯坏了快一个月了，晚上老人孩子出行很不安全，希望尽快维修。',
    reply: '您好！经现场核实，已协调供电所和物业于本周内完成维修，感谢您的监督。',
  },
  {
    kind: 'suggestion',
    title: '建议在社区增设党员志愿服务站',
    body: '社区老年人较多，建议在社区服务中心增设党员志愿服务站，定期开展健康咨询和代办服务。',
    reply: '您好！您的建议很好，社区已将志愿服务站纳入明年工作计划，届时欢迎您参加志愿服务。',
  },
  {
    kind: 'help',
    title: '独居老人冬季取暖困难',
    body: '我家邻居是独居老人，今年冬天家里取暖设备坏了，生活有困难，请组织上帮忙看一看。',
    reply: '您好！社区党员已上门走访，为老人更换了取暖设备，并将其纳入结对帮扶名单。',
  },
  {
    kind: 'consultation',
    title: '流动党员如何参加组织生活',
    body: '我长期在外地务工，请问流动党员怎样参加组织生活、缴纳党费？',
    reply: '您好！可与原支部保持联系，也可在务工地就近参加流动党员党支部的活动，党费可按月向所在支部交纳。',
  },
  {
    kind: 'complaint',
    title: '村务公开栏多月未更新',
    body: '我们村的村务公开栏已经好几个月没有更新了，财务情况群众看不到，希望督促整改。',
    reply: '您好！已督促该村完成村务公开栏更新，并建立每月更新台账，乡镇纪委将定期检查。',
  },
  {
    kind: 'suggestion',
    title: '希望网站增加办事指南栏目',
    body: '建议在网站上增加常用事项的办事指南，比如组织关系转接需要哪些材料，方便群众查询。',
    reply: '您好！感谢建议，我们已在网站“基层党建”栏目中增加办事指南，后续将持续完善。',
  },
  {
    kind: 'help',
    title: '困难党员子女上学求助',
    body: '我父亲是老党员，家里经济困难，孩子今年考上大学学费有困难，想咨询有没有帮扶政策。',
    reply: '您好！已联系所在支部上门了解情况，将按规定申请困难党员帮扶资金，并协助办理助学贷款。',
  },
];

const names = ['王建国', '李秀英', '张伟', '刘芳', '陈明', '杨丽', '赵强', '黄敏'];

/**
 * Each letter's story, in order: where it was sent, how many days ago, and how far it got. `overdue` letters were
 * sent long enough ago that their deadline has passed while they wait.
 */
type Story =
  | 'received'
  | 'overdue'
  | 'accepted'
  | 'assigned'
  | 'handled'
  | 'extension'
  | 'public'
  | 'private'
  | 'closed'
  | 'reopened'
  | 'rejected';
const stories: { story: Story; daysAgo: number; atBranch: boolean }[] = [
  { story: 'received', daysAgo: 1, atBranch: false },
  { story: 'overdue', daysAgo: 20, atBranch: true },
  { story: 'assigned', daysAgo: 3, atBranch: false },
  { story: 'public', daysAgo: 12, atBranch: false },
  { story: 'handled', daysAgo: 4, atBranch: true },
  { story: 'closed', daysAgo: 30, atBranch: false },
  { story: 'extension', daysAgo: 6, atBranch: false },
  { story: 'public', daysAgo: 25, atBranch: true },
  { story: 'rejected', daysAgo: 9, atBranch: false },
  { story: 'private', daysAgo: 15, atBranch: true },
  { story: 'overdue', daysAgo: 35, atBranch: false },
  { story: 'reopened', daysAgo: 28, atBranch: false },
  { story: 'accepted', daysAgo: 2, atBranch: true },
];

export async function seedDemoLetters(db: Db, seed: DemoSeed, system: SystemOperations, now = new Date()) {
  // The calendar the deadlines are counted with (the teams' start fills it too, after the seed).
  await ensureOfficialCalendar(db);
  const townships = Object.values(seed.townships);
  const handler = seed.users.admin ?? null;
  let n = 0;
  const sites: { unit: Unit; branch: Unit | undefined }[] = [
    { unit: seed.municipality, branch: townships[0] },
    ...townships.map((t) => ({ unit: t, branch: t.branches[0] })),
  ];
  for (const site of sites) {
    for (const { story, daysAgo, atBranch } of stories) {
      n += 1;
      const sample = samples[n % samples.length] as Sample;
      const receivedAt = new Date(now.getTime() - daysAgo * day - (n % 7) * 3_600_000);
      const target = atBranch && site.branch ? site.branch : site.unit;
      const receipt = await system.mailbox.submitLetter({
        siteUnitId: target.id,
        letter: {
          kind: sample.kind,
          title: sample.title,
          body: sample.body,
          name: names[n % names.length] as string,
          phone: `139${String(10_000_000 + n * 7919).slice(0, 8)}`,
          mayPublish: n % 3 !== 0,
        },
        address: `192.0.2.${n % 250}`,
        now: receivedAt,
      });
      const at = (days: number) => new Date(receivedAt.getTime() + days * day);
      const event = (kind: string, days: number, data: { text?: string; toUnitId?: number } = {}) =>
        db.letterEvent.create({
          data: { letterId: receipt.id, kind, byUnitId: target.id, actorId: handler, at: at(days), ...data },
        });
      const below = target.id === site.unit.id ? site.branch : undefined;
      const update = (data: Parameters<Db['letter']['update']>[0]['data']) =>
        db.letter.update({ where: { id: receipt.id }, data });
      if (story === 'received' || story === 'overdue') continue;
      await update({ status: 'accepted', acceptedAt: at(1) });
      await event('accepted', 1);
      if (story === 'rejected') {
        await update({
          status: 'rejected',
          reason: '来信反映的问题不属于本单位职责范围，已告知向相关部门反映。',
          openDueAt: null,
          closedAt: at(1),
        });
        await event('rejected', 1, { text: '来信反映的问题不属于本单位职责范围，已告知向相关部门反映。' });
        continue;
      }
      if (story === 'accepted') continue;
      if (below && story !== 'extension') {
        await update({ status: 'assigned', unitId: below.id });
        await event('assigned', 1, { toUnitId: below.id, text: '请核实情况并按时答复。' });
      }
      if (story === 'assigned') continue;
      if (story === 'extension') {
        await update({ extensionState: 'pending', extensionDays: 5, extensionReason: '涉及多个部门，需要现场协调。' });
        await event('extensionAsked', 2, { text: '涉及多个部门，需要现场协调。' });
        continue;
      }
      await update({ status: 'handled', handlingNote: '已电话联系来信人，了解具体情况。' });
      await event('handled', 2, { text: '已电话联系来信人，了解具体情况。' });
      if (story === 'handled') continue;
      const replyPublic = story === 'public' || story === 'closed';
      const handling = below ? below.id : target.id;
      await update({
        status: 'replied',
        reply: sample.reply,
        replyPublic,
        repliedAt: at(2),
        replyWorkingDays: (await workingCalendar(db)).workingDaysBetween(at(0), at(2)),
        replyUnitId: handling,
        openDueAt: null,
      });
      await event('replied', 2, { text: sample.reply });
      if (story === 'closed') {
        await update({ status: 'closed', closedAt: at(4), rating: 'satisfied', ratedAt: at(4) });
        await db.letterEvent.create({ data: { letterId: receipt.id, kind: 'rated', text: 'satisfied', at: at(4) } });
      }
      if (story === 'reopened') {
        // Back to the unit that replied, with a fresh deadline counted from the reopening.
        const deadline = (await workingCalendar(db)).deadline(at(5), 3);
        await update({
          status: 'accepted',
          unitId: handling,
          rating: 'dissatisfied',
          ratedAt: at(5),
          reopenedAt: at(5),
          replyWorkingDays: null,
          reason: '问题仍未解决',
          dueDate: deadline.dueDate,
          dueAt: deadline.dueAt,
          dueSoonAt: deadline.dueSoonAt,
          openDueAt: deadline.dueAt,
        });
        await db.letterEvent.create({
          data: { letterId: receipt.id, kind: 'rated', text: 'dissatisfied: 问题仍未解决', at: at(5) },
        });
        await db.letterEvent.create({
          data: { letterId: receipt.id, kind: 'reopened', toUnitId: handling, text: '问题仍未解决', at: at(5) },
        });
      }
    }
  }
  return n;
}
