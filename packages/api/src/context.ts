// The request context, split from HTTP (the gateway adapts a request to these options; tests call it directly).
import type { Db } from '@strata/db';
import { createI18n, defaultLocale, isLocale, type Locale } from '@strata/i18n';
import { Scope } from './scope';
import { type ActiveSession, resolveSession } from './session';

export type Config = {
  sessionTtlMs: number;
  maxFailedLogins: number;
  lockoutMs: number;
  /** Sign-in attempts one address may fail within the lockout window. */
  maxSignInAttemptsPerAddress: number;
  exposeErrorStacks: boolean;
};

export const defaultConfig: Config = {
  sessionTtlMs: 12 * 60 * 60 * 1000,
  maxFailedLogins: 5,
  lockoutMs: 15 * 60 * 1000,
  maxSignInAttemptsPerAddress: 30,
  exposeErrorStacks: false,
};

/** What a procedure may do to the HTTP response: only set or clear the session cookies. */
export type CookieJar = {
  setSession(token: string, csrfToken: string, expiresAt: Date): void;
  clearSession(): void;
};

export type ContextOptions = {
  /** The scope-guarded client: every unit-owned query must carry a Scope filter. */
  db: Db;
  /** The raw client, for identity plumbing (sessions, login) and the audit of system work only. */
  unscoped: Db;
  sessionToken?: string | undefined;
  csrfHeader?: string | undefined;
  locale?: string | undefined;
  ip?: string;
  cookies?: CookieJar;
  config?: Partial<Config>;
};

const i18n = createI18n();
const noCookies: CookieJar = { setSession() {}, clearSession() {} };

export async function createContextInner(opts: ContextOptions) {
  const resolved = await resolveSession(opts.unscoped, opts.sessionToken);
  const locale: Locale = isLocale(opts.locale) ? opts.locale : defaultLocale;
  return {
    db: opts.db,
    unscoped: opts.unscoped,
    session: resolved?.session ?? null,
    scope: resolved?.scope ?? Scope.empty,
    csrfHeader: opts.csrfHeader,
    locale,
    t: i18n.getFixedT(locale),
    ip: opts.ip ?? 'local',
    cookies: opts.cookies ?? noCookies,
    config: { ...defaultConfig, ...opts.config },
  };
}

export type Context = Awaited<ReturnType<typeof createContextInner>>;
export type AuthedContext = Context & { session: ActiveSession };
