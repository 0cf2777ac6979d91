// tRPC plumbing shared by every service. Only the builders exported here may be used to write procedures.

import { getTRPCErrorFromUnknown, initTRPC, TRPCError } from '@trpc/server';
import type { AuthedContext, Context } from './context';
import { controlCharacterPath } from './control-characters';
import { AppError, fieldError, forbidden } from './errors';
import { requestOrigin, withRequestOrigin } from './request-origin';
import type { Permission } from './roles';
import { fieldErrorsOf, issuesOf } from './validation-errors';

// 1. Initialisation, with the one error shape: translated message, optional field errors, no stack.
/** Each procedure's required permission; the scope suite reads it to prove no procedure lacks one. */
export type Meta = {
  permission?: Permission;
  /** Callable by a session whose password an admin set and that has not changed it yet. */
  beforePasswordChange?: true;
};

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error, ctx }) {
      const translate = ctx?.t;
      const issues = error.code === 'BAD_REQUEST' ? issuesOf(error.cause) : undefined;
      let message = shape.message;
      let fieldErrors: Record<string, string[]> | undefined;
      if (error instanceof AppError) {
        if (error.field) fieldErrors = { [error.field]: [message] };
      } else if (issues && translate) {
        message = translate('errors:badRequest');
        fieldErrors = fieldErrorsOf(issues, translate);
      } else if (error.code === 'INTERNAL_SERVER_ERROR') {
        message = translate ? translate('errors:internal') : 'Internal server error';
      }
      const { stack, ...data } = shape.data;
      return {
        message,
        code: shape.code,
        data: { ...data, ...(ctx?.config.exposeErrorStacks ? { stack } : {}), ...(fieldErrors ? { fieldErrors } : {}) },
      };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

// 2. Database errors that a user can cause become the shared error shape, and every AppError's message
//    is translated here, so in-process callers and HTTP clients read the same words.
function knownError(ctx: Context, error: TRPCError): TRPCError {
  const code = (error.cause as { code?: string } | undefined)?.code;
  const known =
    code === 'P2002'
      ? new AppError('CONFLICT', 'conflict')
      : code === 'P2025'
        ? new AppError('NOT_FOUND', 'notFound')
        : error;
  if (known instanceof AppError) known.message = ctx.t(`errors:${known.key}`, known.vars);
  return known;
}

// 3. Every procedure runs one middleware (each layer of tRPC's chain copies its options and context twice, about
//    10 µs a layer on a list call): text with control characters is refused before anything runs (see
//    control-characters.ts), mutations need the CSRF header, whose presence forces a CORS preflight, then the
//    builder's own rule (sign-in, permission). The request's origin travels with the call, for the audit entries
//    it writes (request-origin.ts).
//    A rule that proves something of the context (a session is there) narrows its type, not the object: tRPC merges
//    a ctx given to next() into a fresh copy of the context on every call, so next() gets none at run time.
type Rule = (ctx: Context, type: string, meta: Meta | undefined) => void;
const sameContext = <Narrowed>() => undefined as unknown as Narrowed;

const guarded = <Narrowed extends object = object>(rule?: Rule) =>
  t.middleware(({ ctx, type, meta, getRawInput, next }) =>
    withRequestOrigin(requestOrigin(ctx.ip, ctx.userAgent), async () => {
      try {
        const path = controlCharacterPath(await getRawInput());
        if (path !== null) throw fieldError(path, 'controlCharacters');
        if (type === 'mutation' && !ctx.csrfHeader) throw new AppError('FORBIDDEN', 'csrf');
        rule?.(ctx, type, meta);
      } catch (cause) {
        throw knownError(ctx, getTRPCErrorFromUnknown(cause));
      }
      const result = await next({ ctx: sameContext<Narrowed>() });
      if (result.ok) return result;
      const error = knownError(ctx, result.error);
      if (error instanceof AppError) throw error;
      return result;
    }),
  );

/** Anyone. */
export const publicProcedure = t.procedure.use(guarded());

// 4. Signed-in procedures: a live session, and on mutations the session's own CSRF token. A session whose
//    password an admin set reaches only the procedures marked `beforePasswordChange` until it changes it.
//    Exported for the gateway's few routes outside tRPC (file uploads), which hold callers to the same rule.
export function checkSignedIn(ctx: Context, type: string, meta: Meta | undefined): asserts ctx is AuthedContext {
  if (!ctx.session) throw new AppError('UNAUTHORIZED', 'unauthorized');
  if (type === 'mutation' && ctx.csrfHeader !== ctx.session.csrfToken) throw new AppError('FORBIDDEN', 'csrf');
  if (ctx.session.user.mustChangePassword && !meta?.beforePasswordChange)
    throw new AppError('FORBIDDEN', 'passwordChangeRequired');
}

type SignedIn = { session: AuthedContext['session'] };

export const authedProcedure = t.procedure.use(guarded<SignedIn>(checkSignedIn));

// 5. Permission procedures: the caller holds the permission somewhere; each query then filters by ctx.scope.
export const permissionProcedure = (permission: Permission) =>
  t.procedure.meta({ permission }).use(
    guarded<SignedIn>((ctx, type, meta) => {
      checkSignedIn(ctx, type, meta);
      if (!ctx.scope.has(permission)) throw forbidden();
    }),
  );

export { TRPCError };
