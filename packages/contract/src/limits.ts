// The limits both the server's schemas and the console's forms apply: one source each, so a form never
// accepts what the server then refuses, nor refuses what it would take.

/** Sign-in names: letters, digits, `_`, `.` and `-`; not case-sensitive. */
export const usernameRule = { min: 3, max: 32, pattern: /^[a-zA-Z0-9_.-]+$/ } as const;
/** A person's name as the console shows it. */
export const displayNameMax = 50;
/** The most accounts one import may open (the whole file is checked and written in one transaction). */
export const userImportMaxRows = 500;
/** A unit's name. */
export const unitNameMax = 50;
/** Days the content recycle bin keeps what was deleted after it was public: the server's rule, the console's words. */
export const recycleBinDays = 30;

/**
 * Names told apart among siblings (the units under one parent, the columns of one unit) are compared as
 * people read them: trimmed, full-width letters and digits folded to their usual forms (NFKC), and Latin
 * letters in any case. Two names with the same key are the same name.
 */
export const nameKey = (name: string) => name.normalize('NFKC').trim().toLowerCase();

/** A unit's postal address. */
export const unitAddressMax = 100;

/** A contact phone as typed: an 11-digit mobile number, or a landline with its area code and an extension. */
export const contactPhoneMax = 20;
const mobilePhone = /^1[3-9]\d{9}$/;
/** Area code (010, 0571...), an optional hyphen, a 7- or 8-digit number, an optional `-` extension. */
const landlinePhone = /^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$/;
/** A mainland mobile number (13800138000) or landline (0571-87654321). */
export const isChinesePhone = (phone: string) => mobilePhone.test(phone) || landlinePhone.test(phone);

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from digits and capital
 * letters without I, O, S, V and Z; the registration authority and kind, a 6-digit region, the organisation
 * code, and a check character computed from the first 17 (weights 3^i mod 31).
 */
export const creditCodeLength = 18;
const creditCodeCharacters = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditCodeShape = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters of a credit code (undefined for a character not allowed). */
export function creditCodeCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  let weight = 1;
  for (const character of first17.slice(0, creditCodeLength - 1)) {
    const value = creditCodeCharacters.indexOf(character);
    if (value < 0) return undefined;
    sum += value * weight;
    weight = (weight * 3) % creditCodeCharacters.length;
  }
  const base = creditCodeCharacters.length;
  return creditCodeCharacters[(base - (sum % base)) % base];
}

/** Why a credit code is refused: its shape (length, characters, region) or its check character; null if valid. */
export function creditCodeProblem(code: string): 'shape' | 'check' | null {
  if (!creditCodeShape.test(code)) return 'shape';
  return creditCodeCheckCharacter(code) === code[creditCodeLength - 1] ? null : 'check';
}

/**
 * The most rows a list counts: past it the list's total reads "10,000+" (its page says so, an export stops
 * there) rather than counting every row in scope on every page view. Narrowing the filter gives exact totals.
 */
export const listCountBound = 10_000;

/**
 * A letter to a leader's mailbox, from the public: limits seen on municipal mailboxes (titles of 10-25 characters,
 * bodies up to 600), with room to spare; a reply and a reason are the handlers' words.
 */
export const letterLimits = {
  titleMin: 4,
  titleMax: 40,
  bodyMin: 10,
  bodyMax: 2000,
  nameMax: 30,
  phoneMax: 20,
  replyMax: 4000,
  reasonMax: 500,
  /** A reply template's title, as its unit's handlers pick it from a list. */
  templateTitleMax: 50,
  /** Working days one extension may add, and any kind's deadline. */
  extensionDaysMax: 20,
  deadlineDaysMax: 60,
} as const;

/** A topic and a reply on a unit's members' board: a short title, a body of a few paragraphs. */
export const boardLimits = {
  titleMin: 2,
  titleMax: 60,
  bodyMax: 3000,
} as const;
