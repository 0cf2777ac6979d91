// Serves /trpc/<path> for the batch link and single calls straight from Fastify's request: tRPC's own procedure
// calls, error shapes and status rule, without its fetch adapter (Request, Headers, web streams, AbortController per
// call), which cost about a sixth of a list call's CPU. What tRPC's resolveResponse does for JSON is done here in the
// same order; its streaming answers (jsonl, SSE) are not: the console's client is the batch link, no procedure is a
// subscription (checked at start-up), and none reads an abort signal.
import {
  type AnyTRPCProcedure,
  type AnyTRPCRouter,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  type inferRouterContext,
  TRPCError,
  type TRPCProcedureType,
} from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import type { FastifyReply, FastifyRequest } from 'fastify';

type Call = { path: string; procedure: AnyTRPCProcedure | undefined; index: number };
type Answer = { result: { data: unknown } } | { error: ReturnType<typeof getTRPCErrorShape> };
type ErrorReport<TContext> = {
  error: TRPCError;
  path: string | undefined;
  input: unknown;
  ctx: TContext | undefined;
  type: TRPCProcedureType | 'unknown';
  req: FastifyRequest;
};

export type TrpcHttpOptions<TRouter extends AnyTRPCRouter> = {
  router: TRouter;
  /** Calls per batch; a larger batch is refused whole. */
  maxBatchSize: number;
  createContext: (req: FastifyRequest, reply: FastifyReply) => Promise<inferRouterContext<TRouter>>;
  onError?: (report: ErrorReport<inferRouterContext<TRouter>>) => void;
};

/** The method each kind of procedure is called with (tRPC's rule without method override). */
const methodOf: Record<TRPCProcedureType, string> = { query: 'GET', mutation: 'POST', subscription: 'GET' };

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * An answer's body as UTF-8 bytes, encoded once: sent as a string, Fastify measured its UTF-8 length for the header
 * and the socket encoded it again (a list's 9 KB answer, mostly Chinese, went through the encoder twice).
 */
const utf8 = (body: unknown) => Buffer.from(JSON.stringify(body));
const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

function mediaType(req: FastifyRequest) {
  return req.headers['content-type']?.split(';', 1)[0]?.trim().toLowerCase();
}

function decodePath(path: string) {
  if (!path.includes('%')) return path;
  try {
    return decodeURIComponent(path);
  } catch (cause) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `Invalid URL-encoding in path "${path}"`, cause });
  }
}

export function trpcHttpHandler<TRouter extends AnyTRPCRouter>(opts: TrpcHttpOptions<TRouter>) {
  type Context = inferRouterContext<TRouter>;
  const { router, maxBatchSize, onError } = opts;
  const config = router._def._config;
  const procedures = router._def.procedures as Record<string, AnyTRPCProcedure>;
  const unserved = Object.entries(procedures).find(([, p]) => p._def.type === 'subscription')?.[0];
  if (unserved || Object.keys(router._def.lazy).length > 0)
    throw new Error(`tRPC over HTTP serves no subscriptions or lazy routers (${unserved ?? 'a lazy router'})`);
  const procedureAt = (path: string) => (Object.hasOwn(procedures, path) ? procedures[path] : undefined);

  /** The calls a request names, or the error that refuses it whole (before any context is made). */
  function callsOf(req: FastifyRequest<{ Params: { path: string } }>, isBatch: boolean) {
    if (req.method !== 'GET' && mediaType(req) !== 'application/json') {
      const type = req.headers['content-type'];
      const message = type ? `Unsupported content-type "${type}` : 'Missing content-type header';
      throw new TRPCError({ code: 'UNSUPPORTED_MEDIA_TYPE', message });
    }
    const paths = isBatch ? decodePath(req.params.path).split(',') : [decodePath(req.params.path)];
    if (isBatch && paths.length > maxBatchSize)
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'Batch call exceeds maximum size' });
    const calls: Call[] = paths.map((path, index) => ({ path, procedure: procedureAt(path), index }));
    const types = new Set(calls.flatMap((c) => (c.procedure ? [c.procedure._def.type] : [])));
    if (types.size > 1)
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: `Cannot mix procedure types in call: ${[...types].join(', ')}`,
      });
    return calls;
  }

  /** Each call's input, read once on first use: a malformed one fails the calls that read it, as in tRPC. */
  function inputsOf(req: FastifyRequest, isBatch: boolean, count: number) {
    let inputs: unknown[] | undefined;
    let failure: TRPCError | undefined;
    const read = () => {
      if (inputs || failure) return;
      try {
        const text = req.method === 'GET' ? first((req.query as Record<string, unknown>).input) : req.body;
        const raw = typeof text === 'string' && (text !== '' || req.method !== 'GET') ? JSON.parse(text) : undefined;
        if (isBatch && raw !== undefined && !isObject(raw))
          throw new TRPCError({
            code: 'BAD_REQUEST',
            message: '"input" needs to be an object when doing a batch call',
          });
        const at = (i: number) => (isBatch ? (raw as Record<string, unknown> | undefined)?.[i] : raw);
        inputs = Array.from({ length: count }, (_, i) => {
          const value = at(i);
          return value === undefined ? undefined : config.transformer.input.deserialize(value);
        });
      } catch (cause) {
        failure =
          cause instanceof TRPCError
            ? cause
            : new TRPCError({ code: 'BAD_REQUEST', message: (cause as Error).message ?? 'Invalid input', cause });
      }
    };
    return {
      get: async (index: number) => {
        read();
        if (failure) throw failure;
        return inputs?.[index];
      },
      /** What was read for the call, for its error shape and report. */
      result: (index: number) => inputs?.[index],
    };
  }

  return async (req: FastifyRequest<{ Params: { path: string } }>, reply: FastifyReply) => {
    // Warm-up probes (load balancers, serverless) get an empty answer, as from tRPC.
    if (req.method === 'HEAD') return reply.code(204).send();
    reply.header('vary', 'trpc-accept, accept');
    reply.header('content-type', 'application/json');
    const isBatch = first((req.query as Record<string, unknown>).batch) === '1';
    let ctx: Context | undefined;
    const answer = (error: TRPCError, type: TRPCProcedureType | 'unknown', path?: string, input?: unknown) => ({
      error: getTRPCErrorShape({ config, ctx, error, type, path, input }),
    });
    /** The status from the answers as made, the body through the router's transformer. */
    const send = (answers: Answer[]) => {
      const wire = answers.map((a) =>
        'error' in a
          ? { error: config.transformer.output.serialize(a.error) }
          : { result: { data: config.transformer.output.serialize(a.result.data) } },
      );
      return reply.code(getHTTPStatusCode(answers)).send(utf8(isBatch ? wire : wire[0]));
    };
    let calls: Call[];
    try {
      calls = callsOf(req, isBatch);
    } catch (cause) {
      const error = getTRPCErrorFromUnknown(cause);
      onError?.({ error, path: undefined, input: undefined, ctx: undefined, type: 'unknown', req });
      const body = answer(error, 'unknown');
      const wire = { error: config.transformer.output.serialize(body.error) };
      return reply.code(getHTTPStatusCode(body)).send(utf8(wire));
    }
    let contextFailure: TRPCError | undefined;
    try {
      ctx = await opts.createContext(req, reply);
    } catch (cause) {
      contextFailure = getTRPCErrorFromUnknown(cause);
    }
    const inputs = inputsOf(req, isBatch, calls.length);
    const answers = await Promise.all(
      calls.map(async ({ path, procedure, index }): Promise<Answer> => {
        try {
          if (!procedure) throw new TRPCError({ code: 'NOT_FOUND', message: `No procedure found on path "${path}"` });
          const procedureType = procedure._def.type as TRPCProcedureType;
          if (methodOf[procedureType] !== req.method)
            throw new TRPCError({
              code: 'METHOD_NOT_SUPPORTED',
              message: `Unsupported ${req.method}-request to ${procedureType} procedure at path "${path}"`,
            });
          if (contextFailure) throw contextFailure;
          const data = await procedure({
            path,
            getRawInput: () => inputs.get(index),
            ctx,
            type: procedureType,
            signal: undefined,
            batchIndex: index,
          });
          return { result: { data } };
        } catch (cause) {
          const error = getTRPCErrorFromUnknown(cause);
          const input = inputs.result(index);
          const type = procedure?._def.type ?? 'unknown';
          onError?.({ error, path, input, ctx, type, req });
          return answer(error, type, path, input);
        }
      }),
    );
    return send(answers);
  };
}
