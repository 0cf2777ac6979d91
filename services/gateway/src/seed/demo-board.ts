// The demo's members' board: on the municipality's, every township's and each township's first branch's board, a
// handful of topics in every state a moderator meets: pinned, answered on time and late, unanswered (due soon, and
// overdue across working days), held by a warn word, hidden (kept, never deleted), closed; some replies, one hidden.
// Deadlines are counted with the working-day calendar as a new topic's are. Run once by seedDemoOnce, after the
// letters (tests seed without it).
import { ensureOfficialCalendar, workingCalendar } from '@strata/api';
import type { Db, Unit } from '@strata/db';
import type { DemoSeed } from './demo';

const day = 86_400_000;
const answerDays = 3;

type Story = 'pinned' | 'onTime' | 'late' | 'overdue' | 'dueSoon' | 'held' | 'hidden' | 'closed';
const stories: { story: Story; daysAgo: number; title: string; body: string; answer?: string }[] = [
  {
    story: 'pinned',
    daysAgo: 40,
    title: '议事园地使用须知',
    body: '欢迎大家在这里提出问题和建议。请文明发言，支部会在三个工作日内答复。',
    answer: '支部每周查看一次议事园地，涉及个人隐私的问题请直接联系支部书记。',
  },
  {
    story: 'onTime',
    daysAgo: 14,
    title: '主题党日活动能否安排在周末',
    body: '不少党员平时上班，工作日下午参加活动有困难，建议把主题党日安排在周六上午。',
    answer: '已经支委会研究，下月起主题党日安排在每月第一个周六上午。',
  },
  {
    story: 'late',
    daysAgo: 21,
    title: '党费交纳能否通过手机支付',
    body: '外出务工的党员每月回来交党费不方便，能不能开通手机交纳？',
    answer: '已向上级党组织申请开通线上交纳渠道，开通后会另行通知。',
  },
  {
    story: 'overdue',
    daysAgo: 9,
    title: '学习资料能否提供电子版',
    body: '支部发的学习资料字比较小，年纪大的党员看着吃力，能否同时提供电子版或大字版？',
  },
  {
    story: 'dueSoon',
    daysAgo: 1,
    title: '建议组织一次红色教育基地参观',
    body: '建议今年组织党员到革命纪念馆参观学习。',
  },
  { story: 'held', daysAgo: 0, title: '关于内部资料的疑问', body: '上次会议发的内部资料可以拍照发到群里吗？' },
  { story: 'hidden', daysAgo: 5, title: '转让二手家电', body: '出售九成新冰箱一台，有意者私聊。' },
  {
    story: 'closed',
    daysAgo: 30,
    title: '上半年组织生活会时间',
    body: '请问上半年的组织生活会定在什么时候？',
    answer: '组织生活会定于六月下旬召开，具体时间另行通知。',
  },
];

const replies = ['赞成，周末时间更方便。', '同意楼上的意见。', '希望尽快落实。'];

export async function seedDemoBoard(db: Db, seed: DemoSeed, now = new Date()): Promise<number> {
  await ensureOfficialCalendar(db);
  const calendar = await workingCalendar(db);
  const townships = Object.values(seed.townships);
  const boards: Unit[] = [seed.municipality, ...townships.flatMap((t) => (t.branches[0] ? [t, t.branches[0]] : [t]))];
  const user = (name: string) => (seed.users[name] ?? seed.users.admin) as number;
  // Authors who read the board: 城关镇's own members there, the members held at the municipality everywhere.
  const chengguan = seed.townships.chengguan;
  const inChengguan = (unit: Unit) => chengguan !== undefined && unit.path.startsWith(chengguan.path);
  const authorsOf = (unit: Unit) =>
    inChengguan(unit) ? [user('member'), user('dues'), user('trainer')] : [user('trainer'), user('mailbox')];
  // Who answers: the branch's secretary, a township's admin, else the municipal admin.
  const moderators = new Map<number, number>([
    ...(chengguan?.branches[0] ? [[chengguan.branches[0].id, user('secretary')] as [number, number]] : []),
    ...(chengguan ? [[chengguan.id, user('chengguan')] as [number, number]] : []),
    ...(seed.townships.donghu ? [[seed.townships.donghu.id, user('donghu')] as [number, number]] : []),
  ]);
  const moderator = (unit: Unit) => moderators.get(unit.id) ?? user('admin');
  let made = 0;
  for (const unit of boards) {
    for (const [i, s] of stories.entries()) {
      const createdAt = new Date(now.getTime() - s.daysAgo * day - ((made + i) % 5) * 3_600_000);
      const due = calendar.deadline(createdAt, answerDays);
      const authors = authorsOf(unit);
      const authorId = authors[(made + i) % authors.length] as number;
      const answeredAt =
        s.answer === undefined
          ? null
          : s.story === 'late'
            ? new Date(due.dueAt.getTime() + 2 * day)
            : new Date(createdAt.getTime() + day);
      const topic = await db.boardTopic.create({
        data: {
          unitId: unit.id,
          authorId,
          title: s.title,
          body: s.body,
          createdAt,
          lastPostAt: answeredAt ?? createdAt,
          answerDays,
          answerDueDate: due.dueDate,
          answerDueAt: due.dueAt,
          answerDueSoonAt: due.dueSoonAt,
          answeredAt,
          pinned: s.story === 'pinned',
          closedAt: s.story === 'closed' ? new Date(createdAt.getTime() + 3 * day) : null,
          hiddenAt: s.story === 'hidden' ? new Date(createdAt.getTime() + 2 * 3_600_000) : null,
          held: s.story === 'held',
        },
      });
      made += 1;
      const post = (data: { body: string; authorId: number; at: Date; answer?: boolean; hidden?: boolean }) =>
        db.boardPost.create({
          data: {
            unitId: unit.id,
            topicId: topic.id,
            authorId: data.authorId,
            body: data.body,
            answer: data.answer ?? false,
            createdAt: data.at,
            hiddenAt: data.hidden ? data.at : null,
          },
        });
      if (s.story === 'onTime') {
        // Two members agree, one reply off the subject is hidden (kept for the record).
        for (const [k, body] of replies.slice(0, 2).entries())
          await post({
            body,
            authorId: authors[(k + 1) % authors.length] as number,
            at: new Date(createdAt.getTime() + (k + 1) * 3_600_000),
          });
        await post({
          body: '加我微信，代办各类证件。',
          authorId,
          at: new Date(createdAt.getTime() + 5 * 3_600_000),
          hidden: true,
        });
      }
      if (s.story === 'overdue')
        await post({ body: replies[2] as string, authorId, at: new Date(createdAt.getTime() + day) });
      if (s.answer !== undefined && answeredAt)
        await post({ body: s.answer, authorId: moderator(unit), at: answeredAt, answer: true });
    }
  }
  return made;
}
