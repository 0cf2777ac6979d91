// Turns schema issues into field errors in the caller's language, so forms can mark the field.
import type { TFunction } from 'i18next';
import type { MessageKey } from './errors';

type Issue = {
  code?: string;
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  params?: { key?: MessageKey };
};

function keyOf(issue: Issue): MessageKey {
  const text = issue.origin === 'string';
  if (issue.code === 'custom' && issue.params?.key) return issue.params.key;
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message ?? '') ? 'fieldRequired' : 'fieldInvalid';
    case 'too_small':
      return text ? (Number(issue.minimum) <= 1 ? 'fieldRequired' : 'fieldTooShort') : 'fieldTooSmall';
    case 'too_big':
      return text ? 'fieldTooLong' : 'fieldTooBig';
    default:
      return 'fieldInvalid';
  }
}

export function fieldErrorsOf(issues: readonly Issue[], t: TFunction): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const field =
      (issue.path ?? []).map((p) => String(typeof p === 'object' && p !== null ? p.key : p)).join('.') || '_';
    const message = t(`errors:${keyOf(issue)}`, { minimum: String(issue.minimum), maximum: String(issue.maximum) });
    out[field] = [...(out[field] ?? []), message];
  }
  return out;
}

export function issuesOf(cause: unknown): readonly Issue[] | undefined {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : undefined;
}
