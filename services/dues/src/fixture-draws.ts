// What the dues fixture draws for a paying member: the category their occupation makes (most salaried, retirees on
// their pension, farmers in the villages, a few students), the base they declared (pay after tax, a pension; for a
// farmer the amount the branch set within the rule's range), a raise for some, and how they pay: every month, every
// other month (one month always late), the quarter ahead, in part now and then, or falling behind for good.
import type { FixtureRandom } from '@strata/api';
import type { DuesCategory } from '@strata/contract';

export type PayHabit = 'monthly' | 'bimonthly' | 'quarterly' | 'partial' | 'behind';

/** Most pay each month; a quarter pay the quarter ahead; a few pay in part, and a few stop paying (flagged). */
export const payHabits: readonly (readonly [PayHabit, number])[] = [
  ['monthly', 57],
  ['bimonthly', 10],
  ['quarterly', 25],
  ['partial', 5],
  ['behind', 3],
];

/** A monthly payer skips a month this often (and pays it with the next); a partial payer pays in part this often. */
// Chances of a draw (0 to 1), never amounts.
export const payOdds = {
  skip: 0.07, // whole numbers: a chance
  skipQuarter: 0.06, // whole numbers: a chance
  partial: 0.35, // whole numbers: a chance
  extra: 0.015, // whole numbers: a chance
  proxy: 0.08, // whole numbers: a chance
  raise: 0.12, // whole numbers: a chance
};

/**
 * Hardship cases: a member's branch proposes a reduction or a waiver for some months and the unit above decides it,
 * before the first of those months (so each month's run books its reduction). Most are approved, a few declined,
 * a few still waiting for the decision.
 */
export type HardshipDraw = {
  state: 'approved' | 'declined' | 'proposed';
  /** Months from the first (within the books) and how many. */
  months: number;
  /** What the member pays a month while it holds: 0 waives. */
  payFen: number;
  reason: string;
  answer: string;
};

const hardshipReasons = [
  '因病长期住院治疗，收入明显减少',
  '企业停产，本人下岗待业',
  '家庭遭受洪涝灾害，生活困难',
  '享受最低生活保障，无固定收入',
  '独自照料重病家属，无法外出务工',
];

/** A hardship case for one member in this many; null for the others. */
export function hardshipOf(random: FixtureRandom): HardshipDraw | null {
  if (random.next() >= 0.015) return null; // whole numbers: a chance
  const state = random.weighted<HardshipDraw['state']>([
    ['approved', 8],
    ['declined', 1],
    ['proposed', 1],
  ]);
  return {
    state,
    months: 3 + random.int(10),
    payFen: random.next() < 0.6 ? 0 : 100 * (1 + random.int(3)), // whole numbers: a chance; 1-3 yuan a month
    reason: random.pick(hardshipReasons),
    answer: state === 'declined' ? '经核实，收入未低于困难标准，请按规定足额缴纳' : '',
  };
}

const yuan = (amount: number) => amount * 100;

/** An amount in [low, high) yuan: whole yuan mostly, to the fen now and then (a payslip's net pay). */
function amountBetween(random: FixtureRandom, lowYuan: number, highYuan: number): number {
  const fen = yuan(lowYuan) + random.int(yuan(highYuan - lowYuan));
  return random.next() < 0.7 ? fen - (fen % 100) : fen; // whole numbers: a chance, the amount whole fen
}

/** The category a member's occupation (the registry's) makes: the others are mostly self-employed. */
export function categoryOf(random: FixtureRandom, occupation: string): DuesCategory {
  if (occupation === 'retired' || occupation === 'farmer' || occupation === 'student') return occupation;
  if (occupation === 'salaried') return random.next() < 0.08 ? 'annualSalary' : 'salaried'; // whole numbers: a chance
  return random.weighted<DuesCategory>([
    ['selfEmployed', 6],
    ['salaried', 4],
  ]);
}

type Band = readonly [lowYuan: number, highYuan: number];
const payBands: readonly (readonly [Band, number])[] = [
  [[2_200, 3_000], 22],
  [[3_000, 5_000], 36],
  [[5_000, 10_000], 32],
  [[10_000, 20_000], 10],
];
const pensionBands: readonly (readonly [Band, number])[] = [
  [[1_800, 3_000], 30],
  [[3_000, 5_000], 50],
  [[5_000, 9_000], 20],
];

/** What a member of `category` declared: a base in fen, and for a farmer the amount the branch set (null: the rule's). */
export function baseOf(random: FixtureRandom, category: DuesCategory): { baseFen: number; setFen: number | null } {
  const band = (bands: readonly (readonly [Band, number])[]) => {
    const [low, high] = random.weighted(bands);
    return amountBetween(random, low, high);
  };
  switch (category) {
    case 'salaried':
      return { baseFen: band(payBands), setFen: null };
    case 'annualSalary':
      return { baseFen: amountBetween(random, 8_000, 30_000), setFen: null };
    case 'selfEmployed':
      return { baseFen: amountBetween(random, 2_500, 12_000), setFen: null };
    case 'retired':
      return { baseFen: band(pensionBands), setFen: null };
    case 'farmer':
      return {
        baseFen: 0,
        setFen: random.weighted<number | null>([
          [null, 60],
          [50, 25],
          [100, 15],
        ]),
      };
    case 'student':
      return { baseFen: 0, setFen: null };
  }
}

/** A raise of 3-20 %, to the yuan. */
export function raised(random: FixtureRandom, baseFen: number): number {
  const tenths = baseFen * (3 + random.int(18));
  const more = (tenths - (tenths % 100)) / 100; // whole numbers: the remainder is taken off before dividing
  return baseFen + more - ((baseFen + more) % 100);
}

/** Who paid for a member who did not come themself: a relative, named as the receipt names them. */
export function proxyNameFor(random: FixtureRandom, memberName: string): string {
  return `${memberName.slice(0, 1)}${random.pick(['建华', '秀兰', '志强', '丽娟', '国庆', '晓燕', '海涛', '春梅'])}`;
}

/** A form's request key as the console makes one (a v4 UUID), drawn from the seed. */
export function requestKeyFrom(random: FixtureRandom): string {
  const word = () => random.int(0x1_0000_0000).toString(16).padStart(8, '0');
  const [a, b, c, d] = [word(), word(), word(), word()];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${'89ab'[random.int(4)]}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}
