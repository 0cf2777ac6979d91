// Resident identity card numbers (GB 11643-1999): 6 digits of address code, 8 of birth date, 3 of sequence (odd
// for men, even for women) and a check digit, ISO 7064 MOD 11-2, that is 0-9 or X. Only the 18-character form is
// accepted; 15-digit numbers were replaced in 2013 and cannot be checked.

import { calendarDay, isCalendarDay } from '@strata/i18n/days';

/** An ID number as it is compared and stored: NFKC (full-width digits), no whitespace, upper case (x → X). */
export function normaliseIdNumber(value: string): string {
  return value.normalize('NFKC').replace(/\s/g, '').toUpperCase();
}

export type IdNumberCheck =
  | { ok: true; normalised: string; birthDate: string; gender: 'male' | 'female' }
  | { ok: false; reason: 'format' | 'checkDigit' | 'birthDate' };

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';
const earliestBirthDate = '1900-01-01';

/** The check character for the first 17 digits of an ID number. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkCharacters[sum % 11]!;
}

/**
 * Checks an ID number: its format, its check character, and its birth date (a real day, from 1900-01-01 up to
 * `today`, which defaults to today in China). A wrong check character is reported before a wrong date, since a typo
 * anywhere, the date included, breaks the check character first.
 */
export function checkIdNumber(value: string, today?: string): IdNumberCheck {
  const latest = today ?? calendarDay(new Date());
  if (!isCalendarDay(latest)) throw new TypeError('today must be a real date written YYYY-MM-DD');
  const normalised = normaliseIdNumber(value);
  if (!/^\d{17}[\dX]$/.test(normalised)) return { ok: false, reason: 'format' };
  if (idNumberCheckCharacter(normalised) !== normalised[17]) return { ok: false, reason: 'checkDigit' };
  const birthDate = `${normalised.slice(6, 10)}-${normalised.slice(10, 12)}-${normalised.slice(12, 14)}`;
  // YYYY-MM-DD strings compare in date order.
  if (!isCalendarDay(birthDate) || birthDate < earliestBirthDate || birthDate > latest) {
    return { ok: false, reason: 'birthDate' };
  }
  return { ok: true, normalised, birthDate, gender: Number(normalised[16]) % 2 === 1 ? 'male' : 'female' };
}

/**
 * The ID number of a person born on `birthDate` (YYYY-MM-DD) with a 6-digit address code and a sequence (0-499:
 * the three sequence digits are 2 × sequence, plus one for a man), its check character computed: for demo data,
 * fixtures and tests, which need numbers that pass checkIdNumber and agree with the birth date and gender.
 */
export function idNumberFor(area: string, birthDate: string, gender: 'male' | 'female', sequence: number): string {
  if (!/^\d{6}$/.test(area)) throw new TypeError('area must be 6 digits');
  if (!isCalendarDay(birthDate)) throw new TypeError('birthDate must be a real date written YYYY-MM-DD');
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 499) throw new TypeError('sequence must be 0-499');
  const digits = String(sequence * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = `${area}${birthDate.replaceAll('-', '')}${digits}`;
  return first17 + idNumberCheckCharacter(first17);
}
