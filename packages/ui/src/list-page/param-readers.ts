// How a list reads each of its URL parameters: a reader takes the parameter's text (never empty) and answers
// its value, or undefined when the text is not one (hand-edited, or from an older version), which then reads as
// unset. Plain functions rather than zod schemas: zod/mini was about a fifth of the content remote's first page
// (5.7 KB of 21 KB brotli) for these few checks, and the API's own input schemas still check what is sent.

/** Reads one URL parameter's text. */
export type ParamReader<T> = (text: string) => T | undefined;

/** A whole number from `min` to `max`, written as JavaScript reads a number (`Number(text)`). */
export const integerParam =
  (min: number, max = Number.MAX_SAFE_INTEGER): ParamReader<number> =>
  (text) => {
    const value = Number(text);
    return Number.isSafeInteger(value) && value >= min && value <= max ? value : undefined;
  };

/** A record's id: a whole number above zero. */
export const idParam = integerParam(1);

/** One of `values` (a number compared as JavaScript reads the text). */
export const oneOfParam =
  <const V extends string | number>(values: readonly V[]): ParamReader<V> =>
  (text) =>
    values.find((value) => (typeof value === 'number' ? value === Number(text) : value === text));

/** Text without surrounding spaces, of `min` to `max` characters (an empty search reads as '': no filter). */
export const textParam =
  ({ min = 0, max }: { min?: number; max: number }): ParamReader<string> =>
  (text) => {
    const trimmed = text.trim();
    const length = [...trimmed].length;
    return length >= min && length <= max ? trimmed : undefined;
  };

/** Text the whole of which matches `pattern`. */
export const patternParam =
  (pattern: RegExp): ParamReader<string> =>
  (text) =>
    pattern.test(text) ? text : undefined;

/** A calendar day, `YYYY-MM-DD`, that exists (no 30 February). */
export const isoDateParam: ParamReader<string> = (text) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text ? text : undefined;
};
