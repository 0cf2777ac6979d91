// Mainland Chinese phone numbers: mobiles (11 digits, 1[3-9]…) and landlines with their area code
// (0 + 2 or 3 digits, then 7 or 8). People type them every way: "+86 138-1234-5678", "(010) 1234 5678", full-width
// digits from a Chinese input method. All of those compare, index and mask as the same digits.
import { isChinesePhone } from '@strata/contract';

/**
 * The digits of a phone number: NFKC (full-width ８ becomes 8), everything but ASCII digits dropped, and a leading
 * country code (86 or 0086, "+" already gone) dropped from a mobile number (861… with 13 digits, 00861… with 15).
 */
export function normalisePhone(value: string): string {
  const digits = value.normalize('NFKC').replace(/\D/g, '');
  if (digits.length === 13 && digits.startsWith('861')) return digits.slice(2);
  if (digits.length === 15 && digits.startsWith('00861')) return digits.slice(4);
  return digits;
}

export type PhoneCheck = { ok: true; normalised: string } | { ok: false };

// What may surround the digits: spaces, dashes, dots, brackets and one "+" before them all. Letters are never
// formatting. Only the digits decide what the number is: "01-12345678" is read as 0112345678.
const phoneText = /^[\s(]*\+?[\d\s().-]*$/;

/** Whether `value` is a mainland mobile or landline number; `normalised` is its digits (see normalisePhone). */
export function checkPhone(value: string): PhoneCheck {
  const text = value.normalize('NFKC').trim();
  if (!phoneText.test(text)) return { ok: false };
  const normalised = normalisePhone(text);
  // The digits are held to the one rule of the console's forms (@strata/contract), written without separators.
  return isChinesePhone(normalised) ? { ok: true, normalised } : { ok: false };
}
