// Masks for showing personal data to people whose role may not see it: enough to tell two records apart, or to
// recognise one's own, not enough to use. Everything counts Unicode code points, never UTF-16 units, so a
// character outside the BMP (𠮷) is kept or hidden whole. Phone and ID masks hide each character with one "*", so
// the shape stays recognisable; the address mask hides the rest's length too.

import { normaliseIdNumber } from './id-number';
import { normalisePhone } from './phone';

const stars = (count: number) => '*'.repeat(Math.max(0, count));

/** Keeps `head` code points at the start and `tail` at the end, and one "*" for each in between. */
function keepEnds(codePoints: readonly string[], head: number, tail: number): string {
  const hidden = codePoints.length - head - tail;
  if (hidden <= 0) return stars(codePoints.length);
  return codePoints.slice(0, head).join('') + stars(hidden) + codePoints.slice(codePoints.length - tail).join('');
}

/**
 * Masks the digits of a phone number (formatting and a +86 dropped, see normalisePhone). 11 digits: 138****5678.
 * Otherwise the last 4 are kept, and up to 3 at the start as long as at least 4 stay hidden. Under 7 digits
 * (extensions, fragments) only the last 2 are kept, and only when at least 2 are hidden.
 */
export function maskPhone(value: string): string {
  const digits = [...normalisePhone(value)];
  const n = digits.length;
  if (n < 7) return keepEnds(digits, 0, n >= 4 ? 2 : 0);
  return keepEnds(digits, Math.min(3, Math.max(0, n - 8)), 4);
}

/**
 * Masks a name word by word: each word keeps its first character and hides the rest (张三 → 张*, 欧阳娜娜 → 欧***,
 * John Smith → J*** S****). A word of one character is hidden whole, so a one-character name shows nothing.
 * Whitespace is kept as it is.
 */
export function maskName(value: string): string {
  return value
    .split(/(\s+)/)
    .map((part) => {
      if (part === '' || /^\s+$/.test(part)) return part;
      const codePoints = [...part];
      return codePoints.length === 1 ? '*' : keepEnds(codePoints, 1, 0);
    })
    .join('');
}

/**
 * Masks an ID number (normalised first, see normaliseIdNumber). 18 characters: the address code and the last 4
 * (110105********002X). 15 (the old form): the address code and the last 3. Anything else: the last 4, and only
 * when at least 4 are hidden.
 */
export function maskIdNumber(value: string): string {
  const characters = [...normaliseIdNumber(value)];
  const n = characters.length;
  if (n === 18) return keepEnds(characters, 6, 4);
  if (n === 15) return keepEnds(characters, 6, 3);
  return keepEnds(characters, 0, n >= 8 ? 4 : 0);
}

/**
 * Masks an address: its first 6 characters (usually province and city) and then "****" whatever the length, so the
 * mask does not tell how long the rest is. An address of under 12 characters keeps half, rounded down.
 */
export function maskAddress(value: string): string {
  const codePoints = [...value.trim()];
  if (codePoints.length === 0) return '';
  return `${codePoints.slice(0, Math.min(6, Math.floor(codePoints.length / 2))).join('')}****`;
}
