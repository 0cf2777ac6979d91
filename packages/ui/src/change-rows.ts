// A recorded change read field by field: the before and after images (JSON as the audit log keeps them)
// turned into rows a person reads, with translated field names and values in words, never raw JSON.
import { formatDateTimeSeconds } from '@strata/i18n';

export type ChangeRow = { field: string; before: unknown; after: unknown; changed: boolean };

/** How a reader sees fields and values: labels known to the caller, the rest made readable here. */
export type ChangeWords = {
  locale: string;
  /** The field's translated name, or undefined when none is registered. */
  fieldLabel: (key: string) => string | undefined;
  /** A value in words for a field that needs more than text (a role code, a unit kind), or undefined. */
  valueLabel?: (key: string, value: unknown) => string | undefined;
  yes: string;
  no: string;
  blank: string;
  outsideScope: string;
  separator: string;
};

/** Text that may be a JSON image becomes its value; anything else stays as it is. */
export function parseImage(text: string | null | undefined): unknown {
  if (text === null || text === undefined) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const isOutsideScope = (v: unknown) => isRecord(v) && v.outsideScope === true && Object.keys(v).length === 1;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The rows of a change. Two records: one row per field of the after image that changed. A record on one side (created, deleted): each of its fields. Anything else (a list,
 * a single value): one row with an empty field name.
 */
export function changeRows(before: unknown, after: unknown): ChangeRow[] {
  const b = isOutsideScope(before) ? null : before;
  const a = isOutsideScope(after) ? null : after;
  const records = (isRecord(b) || b === null) && (isRecord(a) || a === null) && (b !== null || a !== null);
  if (!records) {
    if (before === null && after === null) return [];
    // A side with nothing recorded is left out, as a missing field is.
    return [{ field: '', before: before ?? undefined, after: after ?? undefined, changed: !same(before, after) }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const rows = keys.map((field) => {
    const from = b === null ? undefined : (b as Record<string, unknown>)[field];
    const to = a === null ? undefined : (a as Record<string, unknown>)[field];
    return { field, before: from, after: to, changed: !same(from, to) };
  });
  // Both sides: the fields the after image names that differ (an image may record only what changed, so a
  // field only the before image names was not touched).
  return b !== null && a !== null ? rows.filter((r) => r.changed && r.field in (a as object)) : rows;
}

/** `purgedCount` -> `Purged count`, `deleted_at` -> `Deleted at`: an unregistered key, still readable. */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

export const fieldName = (key: string, words: ChangeWords) => words.fieldLabel(key) ?? humanizeKey(key);

const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** One value in words: dates in the organisation's zone to the second, yes/no, lists and records spelled out. */
export function formatValue(value: unknown, words: ChangeWords, key = ''): string {
  const named = key && value !== null && value !== undefined ? words.valueLabel?.(key, value) : undefined;
  if (named !== undefined) return named;
  if (value === null || value === undefined || value === '') return words.blank;
  if (isOutsideScope(value)) return words.outsideScope;
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') return isoMoment.test(value) ? formatDateTimeSeconds(value, words.locale) : value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map((v) => formatValue(v, words, key)).join(words.separator);
  if (isRecord(value))
    return Object.entries(value)
      .map(([k, v]) => `${fieldName(k, words)}: ${formatValue(v, words, k)}`)
      .join(', ');
  return String(value);
}

/** The whole change on one line (an export's cell): `Name: old → new; Hidden: no → yes`. */
export function describeChange(before: unknown, after: unknown, words: ChangeWords, arrow = '→'): string {
  return changeRows(before, after)
    .map((row) => {
      const from = row.before === undefined ? undefined : formatValue(row.before, words, row.field);
      const to = row.after === undefined ? undefined : formatValue(row.after, words, row.field);
      const value = from !== undefined && to !== undefined ? `${from} ${arrow} ${to}` : (to ?? from ?? '');
      return row.field ? `${fieldName(row.field, words)}: ${value}` : value;
    })
    .join(words.separator);
}
