// The one error shape: a tRPC code plus a message key from the `errors` i18n namespace,
// translated to the caller's language by the error formatter.
import type { ErrorKey } from '@strata/i18n';
import { TRPCError } from '@trpc/server';

type Code = TRPCError['code'];
/** A core message (`errors` namespace) or a team's, `<team>.<key>` (see teamMessage in team.ts). */
export type MessageKey = ErrorKey | `${string}.${string}`;

export class AppError extends TRPCError {
  constructor(
    code: Code,
    readonly key: MessageKey,
    readonly vars: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super({ code, message: key });
  }
}

export const notFound = () => new AppError('NOT_FOUND', 'notFound');
export const forbidden = () => new AppError('FORBIDDEN', 'forbidden');
/** A bad value in one field, reported as a field error the form can show. */
export const fieldError = (field: string, key: MessageKey, vars?: Record<string, string | number>) =>
  new AppError('BAD_REQUEST', key, vars, field);
export const conflict = (key: MessageKey, field?: string) => new AppError('CONFLICT', key, {}, field);
