// What the volunteers' part of the large fixture draws its words from: residents (names, birth dates, phones,
// addresses), team names, activity topics and places, and the reasons people give (a declined join or hour entry, an
// appeal, a check-in recorded by hand). Drawn only from the random source given, so the same seed draws the same rows.
import type { FixtureRandom } from '@strata/api';
import { type VolunteerSkill, volunteerAvailability, volunteerSkills } from '@strata/contract';
import { dayText } from '@strata/i18n/days';
import { familyNames } from '@strata/service-members/demo';

const givenCharacters = [
  '子',
  '涵',
  '梓',
  '轩',
  '雨',
  '欣',
  '思',
  '怡',
  '浩',
  '然',
  '宇',
  '航',
  '诗',
  '琪',
  '家',
  '乐',
  '秀',
  '兰',
  '桂',
  '芬',
  '玉',
  '珍',
  '德',
  '福',
  '建',
  '民',
  '春',
  '生',
  '国',
  '庆',
  '红',
  '霞',
  '丽',
  '敏',
  '志',
  '刚',
  '文',
  '静',
  '晓',
  '峰',
];
const roads = ['中山路', '解放路', '人民路', '建设路', '和平街', '友谊路', '新华街', '胜利路', '光明路', '幸福路'];

/** Ages as [from, how many years], weighted: students and young workers, mid-life, retirees. */
const ageBands: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 6], 25],
  [[24, 31], 35],
  [[55, 21], 40],
];

/** A resident as a coordinator registers them: their name, gender, birth date (ID number drawn by the caller), phone, address. */
export type DrawnResident = {
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  phone: string;
  address: string;
};

/**
 * A resident of `townshipName` who volunteers: students and young workers, people in mid-life, many retirees (the
 * ages a community's volunteers have), 18 or older on `today` (a day number). `serial` makes the phone number unique.
 */
export function drawResident(
  random: FixtureRandom,
  townshipName: string,
  today: number,
  serial: number,
): DrawnResident {
  const [from, span] = random.weighted(ageBands);
  const age = from + random.int(span);
  const gender = random.next() < 0.45 ? 'male' : 'female';
  const family = random.pick(familyNames);
  const given = random.pick(givenCharacters) + (random.next() < 0.7 ? random.pick(givenCharacters) : '');
  return {
    name: family + given,
    gender,
    birthDate: dayText(today - Math.floor(age * 365.25) - 1 - random.int(364)),
    // 15x and 18x numbers: the members' generator uses other prefixes with its own serials.
    phone: `1${random.pick(['5', '8'])}${random.int(10)}${String(serial % 100_000_000).padStart(8, '0')}`,
    address: `${townshipName}${random.pick(roads)}${1 + random.int(300)}号${1 + random.int(8)}栋${101 + random.int(6) * 100 + random.int(4)}室`,
  };
}

const skillWeights = volunteerSkills.map((s, k) => [k, s === 'elderlyCare' || s === 'cleanup' ? 4 : 1] as const);

/** 0-3 skills as a bit mask over volunteerSkills (the elderly care and clean-up the commonest). */
export function drawSkills(random: FixtureRandom): number {
  let mask = 0;
  const count = random.weighted([
    [0, 25],
    [1, 40],
    [2, 25],
    [3, 10],
  ] as const);
  for (let i = 0; i < count; i++) mask |= 1 << random.weighted(skillWeights);
  return mask;
}

const skillsJson = new Map<number, string>();
/** A bit mask over volunteerSkills as the JSON array of keys a row holds, in the contract's order. */
export function skillsOf(mask: number): string {
  let json = skillsJson.get(mask);
  if (json === undefined) {
    json = JSON.stringify(volunteerSkills.filter((_, k) => mask & (1 << k)));
    skillsJson.set(mask, json);
  }
  return json;
}

/** One or two of volunteerAvailability, as JSON. */
export function drawAvailability(random: FixtureRandom): string {
  const first = random.pick(volunteerAvailability);
  const second = random.next() < 0.4 ? random.pick(volunteerAvailability) : first;
  return JSON.stringify(volunteerAvailability.filter((a) => a === first || a === second));
}

/** The short form of a unit's name a team or an activity starts with (城关镇机关支部 -> 城关镇机关). */
export const shortName = (unitName: string) => unitName.replace(/(党委|党总支|党支部|支部)$/, '');

/** A team's name and the skills it is about, by kind; a unit's teams take different kinds, so names never repeat. */
export const teamKinds: readonly { suffix: string; skills: readonly VolunteerSkill[]; about: string }[] = [
  { suffix: '志愿服务队', skills: ['events', 'cleanup'], about: '日常志愿服务与重大活动保障' },
  { suffix: '党员先锋服务队', skills: ['events'], about: '党员带头参与社区治理和志愿服务' },
  { suffix: '青年志愿者服务队', skills: ['teaching', 'it'], about: '青年志愿者助学、数字助老' },
  { suffix: '巾帼志愿服务队', skills: ['childCare', 'elderlyCare'], about: '关爱妇女儿童、邻里互助' },
  { suffix: '银龄志愿服务队', skills: ['elderlyCare'], about: '退休老同志发挥余热' },
  { suffix: '平安巡逻队', skills: ['driving'], about: '治安巡逻、防诈骗宣传' },
  { suffix: '环境整治志愿队', skills: ['cleanup'], about: '环境卫生整治、垃圾分类宣传' },
  { suffix: '医疗健康服务队', skills: ['medical', 'firstAid'], about: '义诊、健康讲座、应急救护培训' },
  { suffix: '法律援助服务队', skills: ['legal'], about: '法律咨询与纠纷调解' },
];

/** What activities are about, and the skill a few of them ask for. */
export const activityTopics: readonly { title: string; skill: VolunteerSkill }[] = [
  { title: '环境卫生整治', skill: 'cleanup' },
  { title: '垃圾分类宣传', skill: 'cleanup' },
  { title: '关爱空巢老人走访', skill: 'elderlyCare' },
  { title: '敬老院慰问', skill: 'elderlyCare' },
  { title: '文明交通劝导', skill: 'events' },
  { title: '防诈骗宣传', skill: 'legal' },
  { title: '义诊进社区', skill: 'medical' },
  { title: '应急救护培训', skill: 'firstAid' },
  { title: '课后辅导', skill: 'teaching' },
  { title: '数字助老课堂', skill: 'it' },
  { title: '义务植树', skill: 'cleanup' },
  { title: '河道清理', skill: 'cleanup' },
  { title: '无偿献血引导', skill: 'medical' },
  { title: '图书整理', skill: 'events' },
  { title: '法律咨询进社区', skill: 'legal' },
  { title: '留守儿童陪伴', skill: 'childCare' },
  { title: '便民服务集市', skill: 'events' },
  { title: '送医送药上门', skill: 'driving' },
];
export const activityPlaces = ['党群服务中心', '新时代文明实践站', '社区广场', '文化活动室', '卫生服务站', '村委会'];

export const joinDeclineReasons = ['服务区域不符', '人员已满，请报名其他服务队', '信息不完整，请补充后重新申请'];
export const leaveReasons = ['工作调动，退出服务队', '身体原因暂停服务', '搬离本社区'];
export const signupDeclineReasons = ['名额已满', '不符合活动技能要求', '活动时间冲突'];
export const manualReasons = ['手机没电，现场登记', '年长志愿者不会扫码', '签到屏故障，手工补录'];
export const hourDeclineReasons = ['签到记录与现场不符', '同一时段重复登记', '未按要求完成服务内容'];
export const appealTexts = [
  '当天全程在岗，有现场照片为证',
  '签退时网络故障，实际服务到活动结束',
  '请核对活动负责人的签到表',
];
export const comments = ['认真负责', '服务热情周到', '提前到岗，表现突出', '配合默契'];
