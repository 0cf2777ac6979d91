// Receipt numbers: every payment gets one, numbered per unit and year without gaps (the unit's site code or id, the
// year, then a sequence of at least six digits), printed on the receipt and found again by it.
const receiptPattern = /^R-([a-z0-9-]+)-(\d{4})-(\d{6,})$/;

/** The receipt number of the `seq`th payment (1, 2, …) of the unit known by `unitCode` in `year`. */
export function receiptNo(unitCode: string, year: number, seq: number): string {
  if (!/^[a-z0-9-]+$/.test(unitCode)) throw new RangeError('a unit code is lower-case letters, digits and dashes');
  if (!Number.isSafeInteger(year) || year < 1949 || year > 9999) throw new RangeError('a year of four digits');
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError('a sequence number counts from 1');
  return `R-${unitCode}-${year}-${String(seq).padStart(6, '0')}`;
}

/** A receipt number read back into its parts, or null when it is none. */
export function readReceiptNo(text: string): { unitCode: string; year: number; seq: number } | null {
  const match = receiptPattern.exec(text.trim());
  if (!match) return null;
  const [, unitCode = '', year = '', seq = ''] = match;
  return { unitCode, year: Number(year), seq: Number(seq) };
}
