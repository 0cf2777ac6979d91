// Configuration from the environment, validated once at start with messages that say what to fix.
import { resolve } from 'node:path';
import { defaultDatabaseUrl } from '@strata/db';
import { fileEnvironment } from '@strata/files';
import { mailboxEnvironment } from '@strata/service-mailbox';
import { z } from 'zod';
import { serviceRouters } from './app-router';

const services = Object.keys(serviceRouters) as (keyof typeof serviceRouters)[];
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: (SQLite) or postgresql:// (PostgreSQL)')
    .default(defaultDatabaseUrl),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  /**
   * How long a resolved session (user, grants, scope) is served without reading it again; every change to them
   * is heard at once (session-cache.ts), so this bounds only what a lost PostgreSQL notification could cost.
   * 0 reads it on every call.
   */
  SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(5),
  /** Sessions the cache holds at most (least recently used go first). */
  SESSION_CACHE_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** A request slower than this is logged (at warn); others only at debug. */
  SLOW_REQUEST_MS: z.coerce.number().int().min(1).max(600_000).default(1000),
  MAX_FAILED_LOGINS: z.coerce.number().int().min(1).max(100).default(5),
  LOCKOUT_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  SECURE_COOKIES: bool.default(false),
  /**
   * Behind load balancers or reverse proxies: their addresses (comma-separated, CIDR allowed), whose
   * X-Forwarded-For entries are believed. "true" would trust every hop and a bare hop count cannot check the
   * peer (Fastify ignores it), so a client could pick the address that sign-in limits count: both are refused.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v) => v.trim())
    .refine(
      (v) => (v !== 'true' && !/^\d+$/.test(v)) || v === '0',
      'list the proxies\' addresses (e.g. 10.0.0.5 or 10.0.0.0/8), not "true" or a hop count',
    )
    .transform((v): false | string[] =>
      v === 'false' || v === '0' || v === ''
        ? false
        : v
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
    ),
  /** Sign-in attempts one address may fail within LOCKOUT_MINUTES. */
  SIGNIN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(30),
  SEED_DEMO: bool.default(true),
  /**
   * The portal's public address (scheme, host, port: https://www.example.gov.cn), named by its canonical links and
   * feeds whatever Host header a request carries. Unset, each request's own host is named (a plain host name only).
   */
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address, e.g. https://www.example.gov.cn' })
    .transform((url) => new URL(url).origin)
    .optional(),
  /** How long the shell waits for a remote's code before it shows the remote as unavailable. */
  REMOTE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000),
  /** On SIGTERM: how long to keep serving (health says 503) before closing, so requests on their way still land. */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(1000),
  STRATA_SERVICES: z
    .string()
    .default(services.join(','))
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(services as [string, ...string[]])).min(1)),
  STATIC_ROOT: z.string().default(resolve(import.meta.dirname, '../../..')),
  /** The remotes' release store (remote-releases.ts, `npm run release`); a team without one is served from its build. */
  RELEASES_DIR: z.string().default(resolve(import.meta.dirname, '../../../data/releases')),
  NODE_ENV: z.string().default('production'),
  /**
   * Every procedure's output parsed with its schema, which must leave it unchanged (output-check.ts in @strata/api).
   * Unset: on unless NODE_ENV is production.
   */
  CHECK_OUTPUTS: bool.optional(),
  /** Uploads: FILES_STORE, FILES_DIR and each kind's FILES_MAX_<KIND>_MB (see @strata/files, docs/files.md). */
  ...fileEnvironment,
  /**
   * The personal-data key ring as JSON (see README, "Personal data"); unset: read from PERSONAL_DATA_KEY_FILE, which
   * the first start creates (owner-only). Back that file up apart from the database: without it, sealed names and
   * phones cannot be read.
   */
  PERSONAL_DATA_KEYS: z.string().optional(),
  PERSONAL_DATA_KEY_FILE: z.string().min(1).default('./data/personal-data-keys.json'),
  /** The mailbox's public limits (services/mailbox/src/settings.ts). */
  ...mailboxEnvironment,
});

export type GatewayConfig = z.infer<typeof schema> & {
  STRATA_SERVICES: (keyof typeof serviceRouters)[];
  /** Remote entry overrides from STRATA_REMOTE_<NAME>, e.g. STRATA_REMOTE_CONTENT=http://localhost:5174/remotes/content/remoteEntry.js */
  remoteEntries: Record<string, string>;
};

const remoteEntryOverrides = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(
    Object.entries(env)
      .filter(([key, value]) => key.startsWith('STRATA_REMOTE_') && value)
      .map(([key, value]) => [key.slice('STRATA_REMOTE_'.length).toLowerCase(), value as string]),
  );

export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const remoteEntries = remoteEntryOverrides(env);
  const badEntry = Object.entries(remoteEntries).find(([, url]) => !/^(https?:\/\/|\/)/.test(url));
  if (badEntry)
    throw new Error(
      `Invalid configuration:\n  STRATA_REMOTE_${badEntry[0].toUpperCase()}: must be a URL or an absolute path`,
    );
  return { ...parsed.data, remoteEntries } as GatewayConfig;
}
