// The demo's volunteering (issue 12 point 7), beyond what the team's fixture generator draws at the demo's scale
// (teams, past activities with their hours decided, upcoming ones): what a visitor signing in should find at once.
// - The plain member (`member`, 城关镇机关支部) is a volunteer with a record: approved hours, one entry pending, one
//   declined with its reason, one declined and appealed, and a certificate of their approved hours to verify on the
//   portal.
// - An activity of 东湖街道 under way now (started half an hour ago), with confirmed volunteers, two already checked
//   in: its coordinator (`volunteer`) opens the check-in screen, the member checks in with the code.
// - An upcoming activity of 城关镇 that is full, with a waitlist, and a walk-in one.
// Rows go in as the service leaves them (hour entries with their trail, the approved ones added to the totals).
import { naturalKey } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { idNumberFor } from '@strata/personal-data';
import { newCertificateNumber } from '../certificates/certificate-number';
import { volunteerPii } from '../common/personal-data';
import { addApprovedTotals } from '../hours/hour-totals.sql';

export type DemoPlaces = {
  now: Date;
  /** The plain member's account and branch; the coordinator's account and township; 城关镇. */
  memberAccountId: number;
  memberBranchId: number;
  coordinatorAccountId: number;
  coordinatorTownshipId: number;
  chengguanId: number;
};

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * The member's volunteer profile, named as a person (the generator names a profile it links to an account after the
 * account's display name, which is a role's here): the one linked to their account, else one of their branch linked
 * now, else a new one.
 */
async function memberVolunteer(tx: Tx, p: DemoPlaces) {
  const name = '林晓燕';
  const linked =
    (await tx.volunteer.findUnique({ where: { accountId: p.memberAccountId } })) ??
    (await tx.volunteer.findFirst({
      where: { unitId: p.memberBranchId, accountId: null, memberId: null, status: 'active' },
      orderBy: { id: 'asc' },
    }));
  if (linked)
    return tx.volunteer.update({
      where: { id: linked.id },
      data: { accountId: p.memberAccountId, name, nameKey: naturalKey(name) },
    });
  return tx.volunteer.create({
    data: {
      unitId: p.memberBranchId,
      name,
      nameKey: naturalKey(name),
      gender: 'female',
      accountId: p.memberAccountId,
      skills: JSON.stringify(['elderlyCare', 'it']),
      availability: JSON.stringify(['weekends']),
      serviceArea: '城关镇机关片区',
      joinedOn: calendarDay(new Date(p.now.getTime() - 400 * day)),
      ...volunteerPii.seal({
        idNumber: idNumberFor('510104', '1990-03-07', 'female', 452),
        phone: '13980001234',
        address: '城关镇人民路12号',
      }),
    },
  });
}

type ActivitySpec = {
  unitId: number;
  title: string;
  place: string;
  startsAt: Date;
  hours: number;
  status: 'published' | 'closed';
  mode?: 'recruit' | 'walkIn';
  capacity?: number | null;
  description: string;
};

async function addActivity(tx: Tx, s: ActivitySpec, createdById: number) {
  const mode = s.mode ?? 'recruit';
  const capacity = mode === 'walkIn' ? null : (s.capacity ?? 20);
  return tx.activity.create({
    data: {
      unitId: s.unitId,
      title: s.title,
      titleKey: naturalKey(s.title),
      description: s.description,
      place: s.place,
      startsAt: s.startsAt,
      endsAt: new Date(s.startsAt.getTime() + s.hours * hour),
      signupDeadline: mode === 'walkIn' ? null : new Date(s.startsAt.getTime() - 12 * hour),
      mode,
      capacity,
      placesLeft: capacity,
      status: s.status,
      publishedAt: new Date(s.startsAt.getTime() - 10 * day),
      closedAt: s.status === 'closed' ? new Date(s.startsAt.getTime() + (s.hours + 2) * hour) : null,
      createdById,
    },
  });
}

/** `count` active volunteers of the unit's subtree other than `except`, oldest first. */
const volunteersOf = (tx: Tx, path: string, count: number, except: number) =>
  tx.volunteer.findMany({
    where: { unit: { path: { startsWith: path } }, status: 'active', id: { not: except } },
    orderBy: { id: 'asc' },
    take: count,
    select: { id: true },
  });

/** Confirmed sign-ups of `ids` (in order) at the activity, its places taken; then `waitlisted` more. */
async function signUp(
  tx: Tx,
  activity: { id: number; unitId: number; capacity: number | null },
  ids: number[],
  at: Date,
) {
  const places = activity.capacity ?? ids.length;
  for (const [i, volunteerId] of ids.entries())
    await tx.activitySignup.create({
      data: {
        unitId: activity.unitId,
        activityId: activity.id,
        volunteerId,
        status: i < places ? 'confirmed' : 'waitlisted',
        createdAt: new Date(at.getTime() + i * minute),
        decidedAt: new Date(at.getTime() + i * minute),
      },
    });
  if (activity.capacity !== null)
    await tx.activity.update({
      where: { id: activity.id },
      data: { placesLeft: Math.max(0, activity.capacity - ids.length) },
    });
}

export async function seedDemoVolunteering(db: Db, p: DemoPlaces): Promise<void> {
  await db.$transaction(async (tx) => {
    const me = await memberVolunteer(tx, p);
    const chengguan = await tx.unit.findUniqueOrThrow({ where: { id: p.chengguanId } });
    const donghu = await tx.unit.findUniqueOrThrow({ where: { id: p.coordinatorTownshipId } });

    // The member's past service: four closed activities of their branch, each attended; the entries as decided.
    const past = [
      { title: '机关片区垃圾分类宣传', daysAgo: 40, status: 'approved', minutes: 180 },
      { title: '老年人智能手机使用辅导', daysAgo: 26, status: 'approved', minutes: 150 },
      { title: '人民路交通文明劝导', daysAgo: 19, status: 'declined', minutes: 95 },
      { title: '社区图书角整理', daysAgo: 12, status: 'appealed', minutes: 120 },
      { title: '冬季义诊秩序维护', daysAgo: 3, status: 'pending', minutes: 200 },
    ] as const;
    const approved: number[] = [];
    for (const item of past) {
      const startsAt = new Date(p.now.getTime() - item.daysAgo * day - 4 * hour);
      const activity = await addActivity(
        tx,
        {
          unitId: p.memberBranchId,
          title: item.title,
          place: '城关镇机关党群服务中心',
          startsAt,
          hours: 4,
          status: 'closed',
          description: '由机关支部组织，欢迎党员和居民参加。',
        },
        p.coordinatorAccountId,
      );
      await signUp(tx, activity, [me.id], new Date(startsAt.getTime() - 5 * day));
      const checkedInAt = new Date(startsAt.getTime() + 5 * minute);
      await tx.activityAttendance.create({
        data: {
          unitId: activity.unitId,
          activityId: activity.id,
          volunteerId: me.id,
          checkedInAt,
          checkedOutAt: new Date(checkedInAt.getTime() + item.minutes * minute),
          inMethod: 'code',
          outMethod: 'code',
          early: item.status === 'declined',
          rating: item.status === 'approved' ? 5 : null,
          comment: item.status === 'approved' ? '耐心细致，群众反映很好' : '',
        },
      });
      const servedOn = calendarDay(startsAt);
      const decidedAt = new Date(startsAt.getTime() + 2 * day);
      const declineReason = '签退早于活动结束一小时以上，且无替岗记录';
      const entry = await tx.hourEntry.create({
        data: {
          unitId: activity.unitId,
          activityId: activity.id,
          volunteerId: me.id,
          servedOn,
          year: Number(servedOn.slice(0, 4)),
          minutes: item.minutes,
          status: item.status,
          reason: item.status === 'declined' || item.status === 'appealed' ? declineReason : '',
          appealedAt: item.status === 'appealed' ? new Date(decidedAt.getTime() + day) : null,
          appeal: item.status === 'appealed' ? '当天提前离开是因为协助送一位老人回家，可请组织人核实。' : '',
          createdAt: new Date(startsAt.getTime() + 5 * hour),
        },
      });
      const trail: { action: string; reason: string; at: Date; actorId: number | null }[] = [];
      if (item.status === 'approved')
        trail.push({ action: 'approved', reason: '', at: decidedAt, actorId: p.coordinatorAccountId });
      if (item.status === 'declined' || item.status === 'appealed')
        trail.push({ action: 'declined', reason: declineReason, at: decidedAt, actorId: p.coordinatorAccountId });
      if (item.status === 'appealed')
        trail.push({
          action: 'appealed',
          reason: '当天提前离开是因为协助送一位老人回家，可请组织人核实。',
          at: new Date(decidedAt.getTime() + day),
          actorId: p.memberAccountId,
        });
      for (const step of trail) await tx.hourDecision.create({ data: { hourEntryId: entry.id, ...step } });
      if (item.status === 'approved') approved.push(entry.id);
    }
    await addApprovedTotals(tx, approved);

    // A certificate of everything approved so far, to verify on the portal.
    const sum = await tx.hourEntry.aggregate({
      where: { volunteerId: me.id, status: 'approved' },
      _sum: { minutes: true },
    });
    await tx.volunteerCertificate.create({
      data: {
        unitId: p.memberBranchId,
        volunteerId: me.id,
        number: newCertificateNumber(),
        fromOn: calendarDay(new Date(p.now.getTime() - 365 * day)),
        toOn: calendarDay(new Date(p.now.getTime() - day)),
        minutes: sum._sum.minutes ?? 0,
        issuedAt: new Date(p.now.getTime() - day),
        issuedById: p.coordinatorAccountId,
      },
    });

    // Under way at 东湖街道: started half an hour ago, the member and five others confirmed, two of them checked in.
    const liveStart = new Date(p.now.getTime() - 30 * minute);
    const live = await addActivity(
      tx,
      {
        unitId: donghu.id,
        title: '东湖敬老院探访陪护',
        place: '东湖街道敬老院（湖滨路88号）',
        startsAt: liveStart,
        hours: 3,
        status: 'published',
        capacity: 12,
        description: '陪老人聊天、读报，协助午餐。请向组织人扫码或输入签到码签到，离开前签退。',
      },
      p.coordinatorAccountId,
    );
    const others = (await volunteersOf(tx, donghu.path, 5, me.id)).map((v) => v.id);
    await signUp(tx, live, [...others, me.id], new Date(p.now.getTime() - 3 * day));
    for (const [i, volunteerId] of others.slice(0, 2).entries())
      await tx.activityAttendance.create({
        data: {
          unitId: live.unitId,
          activityId: live.id,
          volunteerId,
          checkedInAt: new Date(liveStart.getTime() + (i === 0 ? -10 : 15) * minute),
          inMethod: 'code',
          late: i === 1,
        },
      });

    // Upcoming at 城关镇: full, with a waitlist; and a walk-in one.
    const saturday = new Date(p.now.getTime() + 4 * day);
    const full = await addActivity(
      tx,
      {
        unitId: chengguan.id,
        title: '城关河道清洁行动',
        place: '城关河滨公园东门集合',
        startsAt: saturday,
        hours: 3,
        status: 'published',
        capacity: 8,
        description: '沿河清理垃圾，工具由街道提供，请穿方便行走的鞋。',
      },
      p.coordinatorAccountId,
    );
    const many = (await volunteersOf(tx, chengguan.path, 11, me.id)).map((v) => v.id);
    await signUp(tx, full, many, new Date(p.now.getTime() - 2 * day));
    await addActivity(
      tx,
      {
        unitId: chengguan.id,
        title: '周末便民服务站（随到随签）',
        place: '城关镇党群服务中心门口',
        startsAt: new Date(p.now.getTime() + 6 * day),
        hours: 4,
        status: 'published',
        mode: 'walkIn',
        description: '理发、量血压、家电小修，到场签到即可参加。',
      },
      p.coordinatorAccountId,
    );
  });
}
