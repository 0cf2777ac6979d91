// The demo's training (issue 13 point 1), beyond what the team's fixture generator draws at the demo's scale: the three
// courses the issue names, run by 江城市 and kept by its trainer (`trainer`), with real lessons, a quiz and a classroom
// session, and what a visitor signing in should find at once:
// - 在 Strata 上运营单位网站 (required): writing and reviewing articles, the freshness board, the mailbox; a question
//   bank and a published quiz (pass 60). The plain member (`member`) was assigned it by 城关镇 with a due day five days
//   ahead (the bell reminds them), two lessons done; 城关镇's editor and reviewer take it too.
// - 网络安全与保密 (required, public: the portal's learning corner shows it): lessons, a link, a classroom session
//   next week at the party school with the trainer and seats booked.
// - 办公信息化基础 (public): the member completed it, with its certificate to verify on the portal.
// Rows go in as the service leaves them: figures and certificates through refreshEnrolment.
import { naturalKey } from '@strata/api';
import type { Db } from '@strata/db';
import { calendarDay, dayNumber, dayText } from '@strata/i18n/days';
import { refreshEnrolment } from '../enrolments/progress';

export type DemoTrainingPlaces = {
  now: Date;
  municipalityId: number;
  chengguanId: number;
  trainerAccountId: number;
  /** Accounts learning: the plain member first (assigned by `assignerAccountId`), then colleagues. */
  memberAccountId: number;
  colleagueAccountIds: number[];
  assignerAccountId: number;
};

type LessonSpec = { title: string; kind?: 'text' | 'link'; body?: string; url?: string; minutes: number };
type CourseSpec = {
  title: string;
  summary: string;
  category: 'site' | 'safety' | 'office';
  isPublic: boolean;
  required: boolean;
  minScore: number | null;
  sessionsRequired: number;
  modules: { title: string; lessons: LessonSpec[] }[];
};

const p = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join('');

const courses: CourseSpec[] = [
  {
    title: '在 Strata 上运营单位网站',
    summary: '写稿、送审与审核，栏目更新时效看板，书记信箱的受理与答复：单位网站信息员的必修课。',
    category: 'site',
    isPublic: false,
    required: true,
    minScore: 60,
    sessionsRequired: 0,
    modules: [
      {
        title: '撰写与送审文章',
        lessons: [
          {
            title: '新建一篇文章',
            body: p(
              '在“内容管理 → 文章”中点击“新建文章”，选择栏目，填写标题、摘要和正文。正文支持图片和附件，图片会自动生成预览图。',
              '保存为草稿后可以随时修改；定时发布请填写“发布时间”，到时自动上线。',
            ),
            minutes: 10,
          },
          {
            title: '送审与审核',
            body: p(
              '文章写好后点击“送审”，由本单位的审核员审核。审核员可以通过或退回并写明理由，退回的文章回到作者的草稿中。',
              '敏感词会在送审时提示，请逐条核对后再提交。',
            ),
            minutes: 10,
          },
          {
            title: '栏目更新时效看板',
            body: p(
              '每个栏目都有更新周期。“更新时效”看板列出即将超期和已经超期的栏目，请及时补充内容，保持网站常更常新。',
            ),
            minutes: 8,
          },
        ],
      },
      {
        title: '书记信箱',
        lessons: [
          {
            title: '受理与答复来信',
            body: p(
              '群众来信进入本单位的信箱后，办理员先受理，再办理并答复。答复会通过查询码告知来信人，公开的来信在门户网站展示。',
            ),
            minutes: 10,
          },
          {
            title: '办理时限',
            body: p('来信应在规定的工作日内办结，临近期限和超期的来信会出现在铃铛提醒中。节假日和调休按工作日历计算。'),
            minutes: 6,
          },
        ],
      },
    ],
  },
  {
    title: '网络安全与保密',
    summary: '口令与账号安全、识别钓鱼邮件、涉密信息不上网：每位工作人员都要掌握的网络安全常识。',
    category: 'safety',
    isPublic: true,
    required: true,
    minScore: null,
    sessionsRequired: 1,
    modules: [
      {
        title: '账号与口令',
        lessons: [
          {
            title: '设置安全的口令',
            body: p('口令至少十位，混合大小写字母、数字和符号；不同系统使用不同口令，不要写在便签上或发送给他人。'),
            minutes: 8,
          },
          {
            title: '识别钓鱼邮件和短信',
            body: p(
              '不点击来历不明的链接，不在陌生页面输入账号口令。收到“系统升级”“账号冻结”之类的通知，先通过官方渠道核实。',
            ),
            minutes: 8,
          },
        ],
      },
      {
        title: '保密要求',
        lessons: [
          {
            title: '涉密信息不上网',
            body: p('涉密文件不得在联网计算机上存储和处理，不得通过微信、邮箱等传送。单位网站发布信息前须经保密审查。'),
            minutes: 10,
          },
          { title: '国家网络安全宣传周', kind: 'link', url: 'https://www.cac.gov.cn/', minutes: 5 },
        ],
      },
    ],
  },
  {
    title: '办公信息化基础',
    summary: '文件管理与备份、电子表格、视频会议：日常办公的信息化技能。',
    category: 'office',
    isPublic: true,
    required: false,
    minScore: null,
    sessionsRequired: 0,
    modules: [
      {
        title: '日常办公',
        lessons: [
          {
            title: '文件管理与备份',
            body: p('按年度和事项建立文件夹，文件名写明日期和主题。重要文件定期备份到单位指定的存储位置。'),
            minutes: 8,
          },
          {
            title: '电子表格基础',
            body: p('用表格整理名册和台账：筛选、排序、求和，导出前检查个人信息是否需要脱敏。'),
            minutes: 12,
          },
          {
            title: '视频会议',
            body: p('提前测试摄像头和麦克风，会议中不发言时保持静音，涉密内容不得通过视频会议讨论。'),
            minutes: 6,
          },
        ],
      },
    ],
  },
];

/** The site course's question bank: each kind once or more. */
const questions = [
  {
    kind: 'single',
    stem: '文章写好后，下一步应当做什么？',
    options: ['直接发布', '送审', '删除草稿', '导出为表格'],
    answer: [1],
    explanation: '文章须经本单位审核员审核通过后才能发布。',
  },
  {
    kind: 'multiple',
    stem: '哪些情况会出现在铃铛提醒中？',
    options: ['临近期限的来信', '超期的来信', '已发布的文章', '到期的培训指派'],
    answer: [0, 1, 3],
    explanation: '铃铛提醒待办的事项：临近期限和超期的来信、到期的培训指派等。',
  },
  {
    kind: 'truefalse',
    stem: '栏目超过更新周期未更新，会出现在“更新时效”看板上。',
    options: [],
    answer: true,
    explanation: '看板列出即将超期和已经超期的栏目。',
  },
  {
    kind: 'truefalse',
    stem: '来信的办理时限按自然日计算，节假日也算在内。',
    options: [],
    answer: false,
    explanation: '办理时限按工作日历计算，节假日和调休都已考虑。',
  },
  {
    kind: 'blank',
    stem: '来信人凭____查询来信的办理进度和答复。',
    options: [],
    answer: ['查询码'],
    explanation: '提交来信后会得到查询码。',
  },
  {
    kind: 'single',
    stem: '审核员退回文章时，必须填写什么？',
    options: ['退回理由', '发布时间', '栏目名称', '作者电话'],
    answer: [0],
    explanation: '退回须写明理由，作者据此修改。',
  },
] as const;

const day = 24 * 60 * 60 * 1000;

export async function seedDemoTraining(db: Db, places: DemoTrainingPlaces): Promise<void> {
  const { now } = places;
  const made: { courseId: number; versionId: number; lessonIds: number[] }[] = [];
  for (const spec of courses) {
    const lessonCount = spec.modules.reduce((n, m) => n + m.lessons.length, 0);
    const course = await db.course.create({
      data: {
        unitId: places.municipalityId,
        title: spec.title,
        titleKey: naturalKey(spec.title),
        summary: spec.summary,
        category: spec.category,
        audience: 'subtree',
        isPublic: spec.isPublic,
        required: spec.required,
        status: 'published',
        createdById: places.trainerAccountId,
        createdAt: new Date(now.getTime() - 60 * day),
      },
    });
    const version = await db.courseVersion.create({
      data: {
        courseId: course.id,
        unitId: places.municipalityId,
        number: 1,
        status: 'published',
        lessonsRequired: true,
        minScore: spec.minScore,
        sessionsRequired: spec.sessionsRequired,
        lessonCount,
        publishedAt: new Date(now.getTime() - 50 * day),
      },
    });
    await db.course.update({ where: { id: course.id }, data: { currentVersionId: version.id } });
    const lessonIds: number[] = [];
    for (const [m, module] of spec.modules.entries()) {
      const row = await db.courseModule.create({
        data: { versionId: version.id, unitId: places.municipalityId, position: m + 1, title: module.title },
      });
      for (const [l, lesson] of module.lessons.entries())
        lessonIds.push(
          (
            await db.lesson.create({
              data: {
                versionId: version.id,
                moduleId: row.id,
                unitId: places.municipalityId,
                position: l + 1,
                kind: lesson.kind ?? 'text',
                title: lesson.title,
                body: lesson.body ?? '',
                url: lesson.url ?? '',
                minutes: lesson.minutes,
              },
            })
          ).id,
        );
    }
    made.push({ courseId: course.id, versionId: version.id, lessonIds });
  }
  const [site, safety, office] = made as [(typeof made)[0], (typeof made)[0], (typeof made)[0]];

  // The site course's question bank and its published quiz.
  const bank = await db.questionBank.create({
    data: { unitId: places.municipalityId, courseId: site.courseId, name: '网站运营题库' },
  });
  for (const q of questions)
    await db.question.create({
      data: {
        unitId: places.municipalityId,
        bankId: bank.id,
        kind: q.kind,
        stem: q.stem,
        options: JSON.stringify(q.options),
        answer: JSON.stringify(q.answer),
        explanation: q.explanation,
      },
    });
  await db.quiz.create({
    data: {
      unitId: places.municipalityId,
      courseId: site.courseId,
      bankId: bank.id,
      title: '网站运营结业测验',
      questionCount: 5,
      timeLimitMinutes: 10,
      attemptsAllowed: 3,
      passScore: 60,
      status: 'published',
    },
  });

  // Next week's classroom session of the safety course, at the party school, with the trainer.
  const today = calendarDay(now);
  const startsAt = new Date(`${dayText(dayNumber(today) + 7)}T09:00:00+08:00`);
  const session = await db.trainingSession.create({
    data: {
      unitId: places.municipalityId,
      courseId: safety.courseId,
      title: '网络安全与保密面授课',
      place: '市委党校三楼报告厅',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 60 * 60 * 1000),
      capacity: 40,
      trainerId: places.trainerAccountId,
    },
  });

  const accounts = await db.user.findMany({
    where: { id: { in: [places.memberAccountId, ...places.colleagueAccountIds] } },
    select: { id: true, unitId: true, displayName: true },
  });
  const account = (id: number) => accounts.find((a) => a.id === id);
  const enrol = async (
    course: (typeof made)[0],
    userId: number,
    done: number,
    assigned: { dueOn: string } | null,
    daysAgo: number,
  ) => {
    const who = account(userId);
    if (!who) return null;
    const enrolment = await db.enrolment.create({
      data: {
        unitId: who.unitId,
        courseUnitId: places.municipalityId,
        courseId: course.courseId,
        versionId: course.versionId,
        userId,
        learnerName: who.displayName,
        source: assigned ? 'assigned' : 'self',
        assignedById: assigned ? places.assignerAccountId : null,
        dueOn: assigned?.dueOn ?? null,
        enrolledAt: new Date(now.getTime() - daysAgo * day),
      },
    });
    for (const lessonId of course.lessonIds.slice(0, done))
      await db.lessonProgress.create({
        data: {
          unitId: who.unitId,
          courseUnitId: places.municipalityId,
          enrolmentId: enrolment.id,
          lessonId,
          completedAt: new Date(now.getTime() - (daysAgo - 1) * day),
        },
      });
    await refreshEnrolment(db, enrolment.id, {}, new Date(now.getTime() - (daysAgo - 2) * day));
    return enrolment;
  };

  const member = places.memberAccountId;
  await enrol(site, member, 2, { dueOn: dayText(dayNumber(today) + 5) }, 10);
  await enrol(office, member, office.lessonIds.length, null, 30);
  const safetyMember = await enrol(safety, member, 1, null, 6);
  for (const [i, colleague] of places.colleagueAccountIds.entries()) {
    await enrol(site, colleague, i + 1, null, 12 - i);
    const seatFor = await enrol(safety, colleague, 0, null, 5);
    if (seatFor)
      await db.trainingSeat.create({
        data: {
          unitId: seatFor.unitId,
          courseUnitId: places.municipalityId,
          sessionId: session.id,
          enrolmentId: seatFor.id,
        },
      });
  }
  if (safetyMember)
    await db.trainingSeat.create({
      data: {
        unitId: safetyMember.unitId,
        courseUnitId: places.municipalityId,
        sessionId: session.id,
        enrolmentId: safetyMember.id,
      },
    });
  const seats = await db.trainingSeat.count({ where: { sessionId: session.id } });
  await db.trainingSession.update({ where: { id: session.id }, data: { booked: seats } });
}
