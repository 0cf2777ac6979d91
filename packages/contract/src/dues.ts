// The dues' codes, the same in the browser's forms and the server's schemas. Money is integer fen everywhere: an
// amount is a whole number of fen (1 yuan = 100 fen), never a fraction.

/**
 * How a member's monthly dues are reckoned (the rules of 2008): on pay after tax (salaried), on the month's actual pay
 * (annual-salary staff), on the previous quarter's average net income (self-employed or irregular pay), on the
 * pension (retired), a small fixed amount (farmers; students, the unemployed and those on relief).
 */
export const duesCategories = ['salaried', 'annualSalary', 'selfEmployed', 'retired', 'farmer', 'student'] as const;
export type DuesCategory = (typeof duesCategories)[number];

/** Fen in a yuan. */
export const fenPerYuan = 100;

// Money as text, string-based: an amount is whole fen, and its yuan text is the fen's digits with a point put in
// before the last two. No division, no float: 0.1 + 0.2 never reaches a receipt.

/** The largest amount the text helpers take: the fen of 13 digits of yuan, within a safe integer. */
const largestFen = 999_999_999_999_999;

function fenDigits(fen: number): { sign: '' | '-'; yuan: string; jiao: string; fen: string } {
  if (!Number.isSafeInteger(fen) || fen > largestFen || fen < -largestFen)
    throw new RangeError(`not a whole number of fen: ${fen}`);
  const digits = String(fen < 0 ? -fen : fen).padStart(3, '0');
  return {
    sign: fen < 0 ? '-' : '',
    yuan: digits.slice(0, -2).replace(/^0+(?=\d)/, ''),
    jiao: digits.slice(-2, -1),
    fen: digits.slice(-1),
  };
}

/**
 * Fen as yuan with two decimals: 4000 → "40.00", 5 → "0.05", -120 → "-1.20", 100000000 → "1,000,000.00" (thousands
 * grouped unless `grouped` is false, as a form field's value is). Throws on anything but a whole number of fen.
 */
export function formatFen(fen: number, { grouped = true }: { grouped?: boolean } = {}): string {
  const parts = fenDigits(fen);
  const yuan = grouped ? parts.yuan.replace(/\B(?=(\d{3})+$)/g, ',') : parts.yuan;
  return `${parts.sign}${yuan}.${parts.jiao}${parts.fen}`;
}

const yuanText = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * The whole fen a yuan amount as typed says ("40" → 4000, "40.5" → 4050, "40.05" → 4005, "1,000,000.00" →
 * 100000000), or null: more than two decimals, a sign, a misplaced separator, anything but digits, or more than 13
 * digits of yuan. Surrounding spaces are ignored; zero is an amount (a form says whether it takes it).
 */
export function parseYuan(text: string): number | null {
  const match = yuanText.exec(text.trim());
  if (!match) return null;
  const whole = (match[1] ?? '').replaceAll(',', '').replace(/^0+(?=\d)/, '');
  if (whole.length > 13) return null;
  const digits = `${whole}${(match[2] ?? '').padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  return Number(digits);
}

const capitalDigits = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const placeUnits = ['仟', '佰', '拾', ''] as const;
const sectionUnits = ['', '万', '亿', '万亿'] as const;

/** The yuan digits (no leading zero) in capitals: sections of four from the right, each with its 万/亿. */
function capitalYuan(yuan: string): string {
  if (yuan === '0') return '';
  const padded = yuan.padStart(Math.ceil(yuan.length / 4) * 4, '0');
  const sections = padded.length / 4;
  let out = '';
  let zero = false;
  for (let s = 0; s < sections; s++) {
    const section = padded.slice(s * 4, s * 4 + 4);
    for (let p = 0; p < 4; p++) {
      const digit = Number(section[p]);
      if (digit === 0) {
        // A zero is read once before the next digit, never at the start or the end.
        if (out) zero = true;
        continue;
      }
      out += `${zero ? '零' : ''}${capitalDigits[digit]}${placeUnits[p]}`;
      zero = false;
    }
    // A section's own trailing zeros are not read; the next section's leading ones are (壹拾万柒仟, 壹亿零壹万).
    if (section !== '0000') {
      out += sectionUnits[sections - 1 - s];
      zero = false;
    }
  }
  return out;
}

/**
 * An amount in capital figures as a receipt writes it in words (大写): 4000 → 肆拾元整, 1010 → 壹拾元壹角整,
 * 10005 → 壹佰元零伍分, 5 → 伍分, 0 → 零元整, 100000000 → 壹佰万元整. A negative amount starts with 负.
 */
export function capitalAmount(fen: number): string {
  const parts = fenDigits(fen);
  const yuan = capitalYuan(parts.yuan);
  const jiao = Number(parts.jiao);
  const cents = Number(parts.fen);
  let words: string;
  if (jiao === 0 && cents === 0) words = `${yuan || '零'}元整`;
  else {
    const head = yuan ? `${yuan}元` : '';
    const tenths = jiao ? `${capitalDigits[jiao]}角` : head ? '零' : '';
    words = cents ? `${head}${tenths}${capitalDigits[cents]}分` : `${head}${tenths}整`;
  }
  return `${parts.sign ? '负' : ''}${words}`;
}

/** Each category as a form or a sheet names it, in both languages (a sheet may use either, or the code). */
export const duesCategoryLabels: Readonly<Record<DuesCategory, { 'zh-CN': string; 'en-US': string; short: string }>> = {
  salaried: { 'zh-CN': '在职党员（按税后工资）', 'en-US': 'Salaried (pay after tax)', short: '在职' },
  annualSalary: { 'zh-CN': '实行年薪制人员', 'en-US': 'Annual-salary staff', short: '年薪制' },
  selfEmployed: { 'zh-CN': '个体及收入不固定人员', 'en-US': 'Self-employed or irregular income', short: '个体' },
  retired: { 'zh-CN': '离退休党员', 'en-US': 'Retired (pension)', short: '离退休' },
  farmer: { 'zh-CN': '农民党员', 'en-US': 'Farmer', short: '农民' },
  student: { 'zh-CN': '学生、下岗失业、低保人员', 'en-US': 'Student, unemployed or on relief', short: '学生' },
};

const normalisedLabel = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[（(].*[)）]$/, '')
    .trim();

/** The category a sheet's cell names: its code, its label in either language (with or without the part in
 * brackets), or its short name; null for anything else. */
export function duesCategoryOf(text: string): DuesCategory | null {
  const wanted = normalisedLabel(text);
  if (!wanted) return null;
  for (const category of duesCategories) {
    const labels = duesCategoryLabels[category];
    const names = [category, labels['zh-CN'], labels['en-US'], labels.short].map(normalisedLabel);
    if (names.includes(wanted)) return category;
  }
  return null;
}
