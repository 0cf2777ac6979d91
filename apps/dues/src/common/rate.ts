// A bracket's rate as the rules keep it (whole basis points, 1/10,000: 0.5 % is 50) and as a form or a page writes it
// (a percentage with at most two decimals). String-based both ways, like parseYuan: no float ever touches a rate.

const rateText = /^(\d{1,3})(?:\.(\d{1,2}))?$/;

/** The largest rate: the whole base (100 %). */
export const maxRateBp = 10_000;

/**
 * The basis points a percentage as typed says ("0.5" → 50, "1" → 100, "1.25" → 125), or null: more than two
 * decimals, a sign, anything but digits, or more than 100 %. Surrounding spaces are ignored.
 */
export function parseRate(text: string): number | null {
  const match = rateText.exec(text.trim());
  if (!match) return null;
  const bp = Number(`${match[1] ?? ''}${(match[2] ?? '').padEnd(2, '0')}`);
  return bp > maxRateBp ? null : bp;
}

/** Basis points as a percentage without trailing zeros: 50 → "0.5", 100 → "1", 125 → "1.25". */
export function formatRate(bp: number): string {
  if (!Number.isSafeInteger(bp) || bp < 0) throw new RangeError(`not a rate in basis points: ${bp}`);
  const digits = String(bp).padStart(3, '0');
  const decimals = digits.slice(-2).replace(/0+$/, '');
  const whole = digits.slice(0, -2);
  return decimals ? `${whole}.${decimals}` : whole;
}
