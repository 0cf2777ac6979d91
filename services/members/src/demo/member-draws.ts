// Generated members for the demo (about 2,000 across its branches) and the large fixture (100,000): people drawn
// with plausible shares of age, gender, education, ethnicity and occupation for the kind of branch they belong to,
// each at a stage of the lifecycle with the days of the steps they took, in the order and at the intervals the rules
// ask (a year as an activist, a year of probation). One generator, so the demo and the fixture agree and whatever
// the registry's rules accept of one holds for the other. Drawn only from the random source given: the same seed
// draws the same people.
import type { FixtureRandom } from '@strata/api';
import type { MemberEducation, MemberOccupation, MemberStage } from '@strata/contract';
import { addMonths, dayNumber, dayText } from '@strata/i18n/days';
import { idNumberFor } from '@strata/personal-data';

/** Family names, the common ones first (one- and two-character): every team's generated people draw from these. */
export const familyNames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '魏',
  '苏',
  '吕',
  '丁',
  '任',
  '卢',
  '姚',
  '沈',
  '钟',
  '姜',
  '崔',
  '谭',
  '陆',
  '范',
  '汪',
  '廖',
  '石',
  '欧阳',
  '司马',
];
const givenCharacters = [
  '建',
  '华',
  '国',
  '强',
  '志',
  '明',
  '秀',
  '英',
  '丽',
  '娟',
  '海',
  '燕',
  '文',
  '博',
  '晓',
  '东',
  '桂',
  '芳',
  '立',
  '新',
  '红',
  '梅',
  '俊',
  '杰',
  '伟',
  '敏',
  '静',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '涛',
  '平',
  '刚',
  '超',
  '霞',
  '鹏',
  '玲',
  '辉',
  '婷',
  '琳',
  '宇',
  '浩',
  '欣',
  '佳',
  '嘉',
  '雪',
  '峰',
  '颖',
];
const places = ['中山路', '解放路', '人民路', '建设路', '和平街', '友谊路', '新华街', '胜利路', '光明路', '幸福路'];

/** What a branch's name says about its members: a village, a school, a hospital, a firm, an office, a community. */
export type BranchKind = 'village' | 'school' | 'clinic' | 'enterprise' | 'office' | 'community';

export function branchKindOf(name: string): BranchKind {
  if (/村/.test(name)) return 'village';
  if (/学校|中学|小学|学院/.test(name)) return 'school';
  if (/卫生|医院/.test(name)) return 'clinic';
  if (/企业|公司|工厂/.test(name)) return 'enterprise';
  if (/社区|街道/.test(name)) return 'community';
  return 'office';
}

const educationByKind: Record<BranchKind, readonly (readonly [MemberEducation, number])[]> = {
  village: [
    ['postgraduate', 0],
    ['undergraduate', 6],
    ['college', 14],
    ['secondary', 40],
    ['primary', 40],
  ],
  school: [
    ['postgraduate', 20],
    ['undergraduate', 65],
    ['college', 12],
    ['secondary', 3],
    ['primary', 0],
  ],
  clinic: [
    ['postgraduate', 12],
    ['undergraduate', 50],
    ['college', 30],
    ['secondary', 8],
    ['primary', 0],
  ],
  enterprise: [
    ['postgraduate', 5],
    ['undergraduate', 35],
    ['college', 35],
    ['secondary', 22],
    ['primary', 3],
  ],
  office: [
    ['postgraduate', 18],
    ['undergraduate', 62],
    ['college', 15],
    ['secondary', 5],
    ['primary', 0],
  ],
  community: [
    ['postgraduate', 3],
    ['undergraduate', 22],
    ['college', 25],
    ['secondary', 32],
    ['primary', 18],
  ],
};

/** Ethnic groups by GB/T 3304 code: mostly Han, then the groups of central China. */
const ethnicities = [
  ['01', 940],
  ['15', 25],
  ['03', 12],
  ['06', 8],
  ['08', 5],
  ['11', 5],
  ['13', 3],
  ['10', 2],
] as const;

/** The stages of those on a branch's registry: mostly full members, a pipeline of each stage behind them. */
const stages = [
  ['full', 82],
  ['probationary', 5],
  ['candidate', 3],
  ['activist', 5],
  ['applicant', 5],
] as const satisfies readonly (readonly [MemberStage, number])[];

export type DrawnEvent = { kind: 'stage'; on: string; value: MemberStage; note: string };

export type DrawnMember = {
  name: string;
  gender: 'male' | 'female';
  birthDate: string;
  ethnicity: string;
  education: MemberEducation;
  occupation: MemberOccupation;
  stage: MemberStage;
  appliedOn: string;
  activistOn: string | null;
  candidateOn: string | null;
  probationaryOn: string | null;
  probationEndsOn: string | null;
  fullOn: string | null;
  /** In the clear: the caller seals them (member-pii) before they are written. */
  idNumber: string;
  phone: string;
  address: string;
  workplace: string;
  /** The steps taken, oldest first: each is a timeline entry. */
  events: DrawnEvent[];
};

const addDays = (day: string, days: number) => dayText(dayNumber(day) + days);
const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** A day `min`-`max` days after `from`, never after `last`. */
function dayAfter(random: FixtureRandom, from: string, min: number, max: number, last: string): string {
  const day = addDays(from, min + random.int(max - min + 1));
  return day > last ? last : day;
}

/**
 * ID numbers drawn so far, so none repeats: the address code, birth date and sequence make a number, and a repeat
 * takes the next free sequence of that day.
 */
export class IdNumbers {
  readonly #used = new Set<string>();
  constructor(readonly area: string) {}

  take(random: FixtureRandom, birthDate: string, gender: 'male' | 'female'): string {
    for (let tries = 0, sequence = random.int(500); tries < 500; tries++, sequence = (sequence + 1) % 500) {
      const id = idNumberFor(this.area, birthDate, gender, sequence);
      if (!this.#used.has(id)) {
        this.#used.add(id);
        return id;
      }
    }
    throw new Error(`member draws: every sequence of ${birthDate} is used`);
  }
}

/**
 * One person on the registry of a branch of `kind` named `unitName`, as of `today` (YYYY-MM-DD): born so that they
 * applied at 18 or later, with the days of every step they took before today.
 */
export function drawMember(
  random: FixtureRandom,
  {
    kind,
    unitName,
    today,
    ids,
    serial,
  }: { kind: BranchKind; unitName: string; today: string; ids: IdNumbers; serial: number },
): DrawnMember {
  const stage = random.weighted(stages);
  const gender = random.next() < (kind === 'school' || kind === 'clinic' ? 0.45 : 0.7) ? 'male' : 'female';
  // Full members span every age; those on the way are mostly young, and old enough to have applied at 18 or later
  // and taken the steps of their stage since.
  const age =
    stage === 'full'
      ? kind === 'village' || kind === 'community'
        ? 26 + random.int(60)
        : kind === 'office' || kind === 'school' || kind === 'clinic'
          ? 25 + random.int(38)
          : 24 + random.int(45)
      : 21 + random.int(20);
  const birthDate = addDays(today, -Math.floor(age * 365.25) - random.int(365));
  const adult = addDays(birthDate, Math.ceil(18 * 365.25) + 1);
  // When they applied: at least 18, long enough ago for the steps their stage needs.
  // The longest the steps of each stage can take below, so none is clamped to today.
  const needed = { applicant: 0, activist: 180, candidate: 666, probationary: 816, full: 1211 }[stage];
  const latest = addDays(today, -needed - random.int(120));
  const span = Math.max(0, daysBetween(adult, latest));
  const appliedOn =
    stage === 'full'
      ? addDays(adult, random.int(Math.min(span, 365 * 30) + 1))
      : addDays(latest, -random.int(Math.min(span, 400) + 1));
  const events: DrawnEvent[] = [{ kind: 'stage', on: appliedOn, value: 'applicant', note: '递交入党申请书' }];
  const reached = ['applicant', 'activist', 'candidate', 'probationary', 'full'].indexOf(stage);
  let activistOn: string | null = null;
  let candidateOn: string | null = null;
  let probationaryOn: string | null = null;
  let probationEndsOn: string | null = null;
  let fullOn: string | null = null;
  if (reached >= 1) {
    activistOn = dayAfter(random, appliedOn, 30, 180, today);
    events.push({ kind: 'stage', on: activistOn, value: 'activist', note: '支委会确定为入党积极分子' });
  }
  if (reached >= 2 && activistOn) {
    candidateOn = dayAfter(random, addDays(activistOn, 366), 0, 120, today);
    events.push({ kind: 'stage', on: candidateOn, value: 'candidate', note: '确定为发展对象，政治审查合格' });
  }
  if (reached >= 3 && candidateOn) {
    probationaryOn = dayAfter(random, candidateOn, 60, 150, today);
    probationEndsOn = dayText(addMonths(dayNumber(probationaryOn), 12));
    events.push({ kind: 'stage', on: probationaryOn, value: 'probationary', note: '支部大会讨论通过，上级党委批准' });
  }
  if (reached >= 4 && probationEndsOn) {
    fullOn = dayAfter(random, probationEndsOn, 0, 30, today);
    events.push({ kind: 'stage', on: fullOn, value: 'full', note: '预备期满，按期转为正式党员' });
  }
  const occupation: MemberOccupation =
    age >= 60
      ? 'retired'
      : kind === 'village'
        ? random.next() < 0.8
          ? 'farmer'
          : 'other'
        : age < 23 && random.next() < 0.5
          ? 'student'
          : random.next() < 0.9
            ? 'salaried'
            : 'other';
  const family = random.pick(familyNames);
  const given = random.pick(givenCharacters) + (random.next() < 0.75 ? random.pick(givenCharacters) : '');
  const township = unitName.replace(/(镇|乡|街道).*$/, '$1');
  return {
    name: family + given,
    gender,
    birthDate,
    ethnicity: random.weighted(ethnicities),
    education: random.weighted(educationByKind[kind]),
    occupation,
    stage,
    appliedOn,
    activistOn,
    candidateOn,
    probationaryOn,
    probationEndsOn,
    fullOn,
    idNumber: ids.take(random, birthDate, gender),
    phone: `1${random.pick(['3', '5', '7', '8', '9'])}${String(serial % 1_000_000_000).padStart(9, '0')}`,
    address: `${township}${random.pick(places)}${1 + random.int(300)}号${1 + random.int(6)}栋${101 + random.int(6) * 100 + random.int(4)}室`,
    workplace: occupation === 'salaried' ? unitName.replace(/支部$/, '') : '',
    events,
  };
}
