// The one error shape of the file routes, `{ error: { code, message, field? } }`, in the language of the
// request's x-strata-locale header: a FileError (what is wrong with the upload), an AppError (sign-in, CSRF,
// scope: the words tRPC uses), or anything else as the status Fastify or the multipart parser gave it.
import { AppError } from '@strata/api';
import { FileError, fileErrorMessage } from '@strata/files';
import { defaultLocale, isLocale } from '@strata/i18n';
import { createI18n } from '@strata/i18n/resources';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { header } from './trpc-plugin';

type ErrorBody = { error: { code: string; message: string; field?: string } };

const i18n = createI18n();

/** `notFound` -> `not-found`: the codes of these routes are written one way, whoever raised them. */
const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The status and body for an error met by a file route, in `locale`. */
export function fileRouteError(error: unknown, locale: string | undefined) {
  const language = isLocale(locale) ? locale : defaultLocale;
  const t = i18n.getFixedT(language, 'errors');
  if (error instanceof FileError) {
    const body: ErrorBody = {
      error: { code: error.code, message: fileErrorMessage(error, language), field: error.field },
    };
    return { status: error.status, body, unexpected: false };
  }
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: kebab(error.key), message: t(error.key, error.vars) } };
    if (error.field) body.error.field = error.field;
    return { status: getHTTPStatusCodeFromError(error), body, unexpected: false };
  }
  const status = (error as { statusCode?: number })?.statusCode;
  if (status && status >= 400 && status < 500)
    return { status, body: { error: { code: 'bad-request', message: t('badRequest') } }, unexpected: false };
  return { status: 500, body: { error: { code: 'internal', message: t('internal') } }, unexpected: true };
}

/** A file's headers, set before its bytes were opened: an error answer must not carry them. */
const fileHeaders = ['content-type', 'content-length', 'content-disposition', 'content-range', 'etag'];

export function sendFileRouteError(req: FastifyRequest, reply: FastifyReply, error: unknown) {
  const { status, body, unexpected } = fileRouteError(error, header(req, 'x-strata-locale'));
  if (unexpected) req.log.error({ err: error }, 'file route failed');
  for (const name of fileHeaders) reply.removeHeader(name);
  // Busy (too many uploads at once): a moment later there is room.
  if (status === 503) reply.header('retry-after', '5');
  return reply.code(status).header('cache-control', 'no-store').send(body);
}
