import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';

/** The parts of a TRPCClientError the UI reads; duck-typed so this package needs no tRPC import. */
type ErrorLike = { message?: unknown; data?: { code?: unknown; fieldErrors?: unknown } | null };

const asErrorLike = (error: unknown): ErrorLike => (typeof error === 'object' && error !== null ? error : {});

/** Field errors sent by the server for bad input, `{ field: messages[] }`, or undefined. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> | undefined {
  const fieldErrors = asErrorLike(error).data?.fieldErrors;
  if (typeof fieldErrors !== 'object' || fieldErrors === null) return undefined;
  return fieldErrors as Record<string, string[]>;
}

/**
 * A message the user can act on: the server already translates `error.message`;
 * a failed fetch (no server reply) gets the shared network message.
 */
export function errorMessage(error: unknown, t: TFunction): string {
  const { message, data } = asErrorLike(error);
  if (!data && (error instanceof TypeError || message === 'Failed to fetch')) return t('common:networkError');
  if (typeof message === 'string' && message.length > 0 && !message.startsWith('[')) return message;
  return t('common:unknownError');
}

/**
 * How a server field's name reads in the form: a map for the fields whose names differ (`{ amountFen: 'amount' }`,
 * the others keep theirs), or a function giving the form's path (list indexes as numbers, as antd matches them).
 */
export type FieldRename = Readonly<Record<string, string>> | ((serverPath: string) => (string | number)[]);

/** Puts the server's field errors on the matching antd Form fields; answers whether any matched. */
export function applyFieldErrors(form: FormInstance, error: unknown, rename: FieldRename = {}): boolean {
  const fieldErrors = fieldErrorsOf(error);
  if (!fieldErrors) return false;
  const pathOf = typeof rename === 'function' ? rename : (name: string) => (rename[name] ?? name).split('.');
  const known = new Set(Object.keys(form.getFieldsValue(true) as object));
  const fields = Object.entries(fieldErrors)
    .map(([name, errors]) => ({ name: pathOf(name), errors }))
    .filter(({ name }) => known.has(String(name[0])));
  form.setFields(fields);
  return fields.length > 0;
}
