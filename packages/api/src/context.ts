// The request context, split from HTTP (the gateway adapts a request to these options; tests call it directly).
import type { Db } from '@strata/db';
import { defaultLocale, isLocale, type Locale, locales } from '@strata/i18n';
import { createI18n } from '@strata/i18n/resources';
import { Scope } from './scope';
import { withScopeGuard } from './scope-guard';
import { type ActiveSession, resolveSession } from './session';
import type { SessionCache } from './session-cache';
import type { SystemOperations } from './system';

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
  /** The raw client: the context resolves the session with it and hands procedures only a guarded one. */
  db: Db;
  /** Named operations across scopes (sign-in, own account...), bound to the raw client at start-up. */
  system: SystemOperations;
  /** Resolves the session from a short-lived cache of the same database (session-cache.ts); none: every time. */
  sessions?: SessionCache | undefined;
  sessionToken?: string | undefined;
  csrfHeader?: string | undefined;
  locale?: string | undefined;
  ip?: string;
  /** The request's User-Agent header, kept (shortened) with the audit entries it causes. */
  userAgent?: string | undefined;
  cookies?: CookieJar;
  config?: Partial<Config>;
  /** The one clock procedures read (`ctx.now()`): every time-based rule derives from it; tests set it. */
  clock?: () => Date;
};

const i18n = createI18n();

/** Adds the teams' messages to the `errors` namespace, under each team's name (see team.ts). */
export function useMessages(messages: Record<Locale, Record<string, Record<string, string>>>) {
  for (const locale of locales) i18n.addResourceBundle(locale, 'errors', messages[locale], true, true);
}
const noCookies: CookieJar = { setSession() {}, clearSession() {} };
const systemClock = () => new Date();

// The gateway passes the same partial config with every request: completed once, not copied per call.
const completed = new WeakMap<Partial<Config>, Config>();
function fullConfig(partial: Partial<Config> | undefined): Config {
  if (!partial) return defaultConfig;
  const known = completed.get(partial);
  if (known) return known;
  const config: Config = Object.assign({}, defaultConfig, partial);
  completed.set(partial, config);
  return config;
}

export async function createContextInner(opts: ContextOptions) {
  const resolved = opts.sessions
    ? await opts.sessions.resolve(opts.sessionToken)
    : await resolveSession(opts.db, opts.sessionToken);
  const locale: Locale = isLocale(opts.locale) ? opts.locale : defaultLocale;
  const scope = resolved?.scope ?? Scope.empty;
  return {
    /** Guarded for this caller: every query on unit-owned data must stay inside `scope` (see scope-guard.ts). */
    db: withScopeGuard(opts.db, scope),
    system: opts.system,
    session: resolved?.session ?? null,
    scope,
    csrfHeader: opts.csrfHeader,
    locale,
    t: i18n.getFixedT(locale),
    ip: opts.ip ?? 'local',
    userAgent: opts.userAgent,
    cookies: opts.cookies ?? noCookies,
    config: fullConfig(opts.config),
    /** Now, from the request's clock: rules about time (schedules, deadlines, freshness) read it, never `new Date()`. */
    now: opts.clock ?? systemClock,
  };
}

export type Context = Awaited<ReturnType<typeof createContextInner>>;
export type AuthedContext = Context & { session: ActiveSession };
