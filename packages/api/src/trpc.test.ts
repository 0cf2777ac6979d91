// The procedure builders and the one error shape, on a small router of their own and a hand-made context:
// who gets through each builder, and what a client reads when they do not.
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Context } from './context';
import { AppError } from './errors';
import { checked } from './output-check';
import { Scope } from './scope';
import { authedProcedure, createCallerFactory, permissionProcedure, publicProcedure, router } from './trpc';

/** Translations made visible: the key, and its values when there are any. */
const t = (key: string, vars?: Record<string, unknown>) =>
  vars && Object.keys(vars).length ? `${key} ${JSON.stringify(vars)}` : key;

const prismaError = (code: string) => Object.assign(new Error(`prisma ${code}`), { code });

const testRouter = router({
  ping: publicProcedure.input(z.strictObject({ text: z.string().max(5) }).optional()).query(() => 'pong'),
  poke: publicProcedure.input(z.strictObject({ text: z.string() }).optional()).mutation(() => 'poked'),
  fails: publicProcedure.input(z.strictObject({ with: z.string() })).query(({ input }): string => {
    if (input.with === 'P2002' || input.with === 'P2025' || input.with === 'P9999') throw prismaError(input.with);
    if (input.with === 'app') throw new AppError('BAD_REQUEST', 'fieldTooLong', { maximum: 5 }, 'title');
    if (input.with === 'app-no-field') throw new AppError('CONFLICT', 'conflict');
    throw new Error('boom');
  }),
  whoami: authedProcedure.query(({ ctx }) => ctx.session.user.id),
  save: authedProcedure.mutation(() => 'saved'),
  changePassword: authedProcedure.meta({ beforePasswordChange: true }).mutation(() => 'changed'),
  users: permissionProcedure('user.read').query(() => 'users'),
  broken: publicProcedure.output(checked(z.object({ id: z.number() }))).query(() => ({ id: 'not a number' }) as never),
  shaped: publicProcedure
    .output(checked(z.object({ id: z.number() })))
    .query(() => ({ id: 1, passwordHash: 'secret' }) as { id: number }),
});

const session = (mustChangePassword = false) => ({
  id: 's',
  csrfToken: 'token',
  expiresAt: new Date(0),
  user: { id: 3, username: 'u', displayName: 'U', locale: 'en-US', mustChangePassword },
});
const editor = new Scope([{ id: 1, role: 'content_editor', unitId: 7, unitPath: '/1/7/', unitName: 't' }]);

function context(opts: Partial<Context> = {}): Context {
  return {
    session: null,
    scope: Scope.empty,
    csrfHeader: undefined,
    t,
    config: { exposeErrorStacks: false },
    ...opts,
  } as unknown as Context;
}
const call = (opts: Partial<Context> = {}) => createCallerFactory(testRouter)(context(opts));
const refusal = (code: string, key: string) => expect.objectContaining({ code, key });

describe('public procedures', () => {
  it('answer queries without a CSRF header, and mutations only with one', async () => {
    await expect(call().ping()).resolves.toBe('pong');
    await expect(call().poke()).rejects.toEqual(refusal('FORBIDDEN', 'csrf'));
    await expect(call({ csrfHeader: 'anything' }).poke()).resolves.toBe('poked');
  });

  it('refuse text with control characters before anything runs, naming the field', async () => {
    await expect(call({ csrfHeader: 'x' }).poke({ text: 'a\u0000b' })).rejects.toEqual(
      expect.objectContaining({ code: 'BAD_REQUEST', key: 'controlCharacters', field: 'text' }),
    );
    await expect(call({ csrfHeader: 'x' }).poke({ text: 'a\tb' })).resolves.toBe('poked');
  });
});

describe('errors a user can cause', () => {
  it('a unique-constraint failure is a conflict, a missing row is not found, both translated', async () => {
    await expect(call().fails({ with: 'P2002' })).rejects.toEqual(
      expect.objectContaining({ code: 'CONFLICT', key: 'conflict', message: 'errors:conflict' }),
    );
    await expect(call().fails({ with: 'P2025' })).rejects.toEqual(
      expect.objectContaining({ code: 'NOT_FOUND', key: 'notFound', message: 'errors:notFound' }),
    );
  });

  it('an app error is translated with its values; any other error passes through as it is', async () => {
    await expect(call().fails({ with: 'app' })).rejects.toEqual(
      expect.objectContaining({ code: 'BAD_REQUEST', message: 'errors:fieldTooLong {"maximum":5}', field: 'title' }),
    );
    const other = await call()
      .fails({ with: 'P9999' })
      .catch((e: unknown) => e);
    expect(other).not.toBeInstanceOf(AppError);
    expect(other).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'prisma P9999',
      cause: expect.objectContaining({ code: 'P9999' }),
    });
  });
});

describe('signed-in procedures', () => {
  it('need a session', async () => {
    await expect(call().whoami()).rejects.toEqual(refusal('UNAUTHORIZED', 'unauthorized'));
    await expect(call({ session: session() }).whoami()).resolves.toBe(3);
  });

  it('take mutations only with the session’s own CSRF token', async () => {
    await expect(call({ session: session(), csrfHeader: 'other' }).save()).rejects.toEqual(
      refusal('FORBIDDEN', 'csrf'),
    );
    await expect(call({ session: session(), csrfHeader: 'token' }).save()).resolves.toBe('saved');
  });

  it('before a password change, reach only the procedures marked for it', async () => {
    const changing = { session: session(true), csrfHeader: 'token' };
    await expect(call(changing).whoami()).rejects.toEqual(refusal('FORBIDDEN', 'passwordChangeRequired'));
    await expect(call(changing).save()).rejects.toEqual(refusal('FORBIDDEN', 'passwordChangeRequired'));
    await expect(call(changing).changePassword()).resolves.toBe('changed');
  });
});

describe('permission procedures', () => {
  it('need the permission somewhere in the scope, and declare it', async () => {
    await expect(call({ session: session(), scope: editor }).users()).rejects.toEqual(
      refusal('FORBIDDEN', 'forbidden'),
    );
    const reader = new Scope([{ id: 1, role: 'branch_secretary', unitId: 7, unitPath: '/1/7/', unitName: 't' }]);
    await expect(call({ session: session(), scope: reader }).users()).resolves.toBe('users');
    await expect(call({ scope: reader }).users()).rejects.toEqual(refusal('UNAUTHORIZED', 'unauthorized'));
    expect(testRouter._def.procedures.users._def.meta).toEqual({ permission: 'user.read' });
  });

  it('built inside a test too (a builder that breaks must fail a test, not only the file’s import)', async () => {
    const late = router({ audit: permissionProcedure('audit.read').query(() => 'entries') });
    expect(late._def.procedures.audit._def.meta).toEqual({ permission: 'audit.read' });
    const reader = new Scope([{ id: 1, role: 'branch_secretary', unitId: 7, unitPath: '/1/7/', unitName: 't' }]);
    await expect(createCallerFactory(late)(context({ session: session(), scope: reader })).audit()).resolves.toBe(
      'entries',
    );
  });
});

/** The error as an HTTP client reads it (the body of a tRPC GET). */
async function answer(path: string, input: unknown, ctx: Context | (() => never) = context()) {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const url = `http://test/trpc/${path}${query}`;
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    req: new Request(url),
    router: testRouter,
    createContext: typeof ctx === 'function' ? ctx : () => ctx,
    onError: () => {},
  });
  return ((await response.json()) as { error: { message: string; code: number; data: Record<string, unknown> } }).error;
}

describe('the error shape', () => {
  it('an app error naming a field carries it as a field error, in the translated words', async () => {
    const error = await answer('fails', { with: 'app' });
    expect(error.message).toBe('errors:fieldTooLong {"maximum":5}');
    expect(error.data).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { title: ['errors:fieldTooLong {"maximum":5}'] },
    });
    expect(error.code).toBe(-32600);
    expect((await answer('fails', { with: 'app-no-field' })).data).not.toHaveProperty('fieldErrors');
  });

  it('bad input is a translated bad request, with a field error per field', async () => {
    const error = await answer('ping', { text: 'too long' });
    expect(error.message).toBe('errors:badRequest');
    expect(error.data.fieldErrors).toEqual({ text: [expect.stringMatching(/^errors:fieldTooLong/)] });
  });

  it('an unexpected failure says only that, and shows no stack unless configured to', async () => {
    const error = await answer('fails', { with: 'boom' });
    expect(error.message).toBe('errors:internal');
    expect(error.data).not.toHaveProperty('stack');
    const exposed = await answer('fails', { with: 'boom' }, context({ config: { exposeErrorStacks: true } } as never));
    expect(exposed.data.stack).toEqual(expect.stringContaining('boom'));
  });

  it('without a context (it could not be built) the words are the fallback ones', async () => {
    const error = await answer('fails', { with: 'boom' }, () => {
      throw new Error('no context');
    });
    expect(error.message).toBe('Internal server error');
    expect(error.data).not.toHaveProperty('stack');
  });

  it('an answer that breaks its own schema is a failure on our side, not a bad request', async () => {
    const error = await answer('broken', undefined);
    expect(error.message).toBe('errors:internal');
    expect(error.data).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(error.data).not.toHaveProperty('fieldErrors');
  });

  it('an answer with a field its schema does not declare is a failure on our side, and the field is not sent', async () => {
    const error = await answer('shaped', undefined);
    expect(error.message).toBe('errors:internal');
    expect(error.data).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect(JSON.stringify(error)).not.toContain('secret');
  });

  it('a path that names no procedure is reported as such', async () => {
    const error = await answer('nosuch', undefined);
    expect(error.data).toMatchObject({ code: 'NOT_FOUND' });
    expect(error.message).toContain('nosuch');
  });

  it('a refusal other than bad input or a failure keeps its own message', async () => {
    const error = await answer('whoami', undefined);
    expect(error.message).toBe('errors:unauthorized');
    expect(error.data).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(error.data).not.toHaveProperty('fieldErrors');
  });
});
