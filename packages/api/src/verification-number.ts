// Verification numbers of the certificates Strata issues (volunteer service, training): a prefix of two capitals
// (`VC-`, `TC-`) and twelve characters drawn at random from an alphabet without the look-alikes 0/O and 1/I (32
// characters: 60 random bits, so a number cannot be guessed), as people read it aloud or copy it from paper. What a
// reader types is taken in either case and with spaces around it.
import { randomInt } from 'node:crypto';

export const numberAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function verificationNumbers(prefix: string) {
  if (!/^[A-Z]{2}$/.test(prefix)) throw new Error(`a verification prefix is two capitals: ${prefix}`);
  const pattern = new RegExp(`^${prefix}-[A-HJ-NP-Z2-9]{12}$`);
  return {
    /** A new number, different each time. */
    create(): string {
      let text = `${prefix}-`;
      for (let i = 0; i < 12; i++) text += numberAlphabet[randomInt(numberAlphabet.length)];
      return text;
    },
    /** The number as typed, in its written form; null when it cannot be one. */
    read(typed: string): string | null {
      const number = typed.trim().toUpperCase();
      return pattern.test(number) ? number : null;
    },
  };
}
