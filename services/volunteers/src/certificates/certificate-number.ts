// A certificate's verification number: `VC-` and twelve characters drawn at random from an alphabet without the
// look-alikes 0/O and 1/I (32 characters: 60 random bits, so a number cannot be guessed), as people read it aloud or
// copy it from paper. What a reader types is taken in either case and with spaces around it.
import { randomInt } from 'node:crypto';

export const numberAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const numberPattern = /^VC-[A-HJ-NP-Z2-9]{12}$/;

export function newCertificateNumber(): string {
  let text = 'VC-';
  for (let i = 0; i < 12; i++) text += numberAlphabet[randomInt(numberAlphabet.length)];
  return text;
}

/** The number as typed, in its written form; null when it cannot be one. */
export function certificateNumberOf(typed: string): string | null {
  const number = typed.trim().toUpperCase();
  return numberPattern.test(number) ? number : null;
}
