// The one error shape: a tRPC code plus a message key from the `errors` i18n namespace,
// translated to the caller's language by the error formatter.
import type { ErrorKey } from '@strata/i18n';
import { TRPCError } from '@trpc/server';

type Code = TRPCError['code'];

export class AppError extends TRPCError {
  constructor(
    code: Code,
    readonly key: ErrorKey,
    readonly vars: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super({ code, message: key });
  }
}

export const notFound = () => new AppError('NOT_FOUND', 'notFound');
export const forbidden = () => new AppError('FORBIDDEN', 'forbidden');
/** A bad value in one field, reported as a field error the form can show. */
export const fieldError = (field: string, key: ErrorKey, vars?: Record<string, string | number>) =>
  new AppError('BAD_REQUEST', key, vars, field);
export const conflict = (key: ErrorKey, field?: string) => new AppError('CONFLICT', key, {}, field);
