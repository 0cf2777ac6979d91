// A seeded test environment: the demo data on a throwaway database, and callers signed in as demo users.
import {
  createCallerFactory,
  createContextInner,
  openSession,
  SessionCache,
  type SessionCacheOptions,
} from '@strata/api';
import type { Provider } from '@strata/db';
import { createTestDatabase, type TestDatabase } from '@strata/db/testing';
import { appRouter, type DemoSeed, readDemoSeed, seedDemo, startTeams, systemOperations } from '@strata/gateway';
import { demoTemplateVariable } from './demo-templates';
import './test-keys';

/** A wall-clock time in Asia/Shanghai (`2026-03-02T10:00:00`) as an instant. */
export const shanghai = (local: string) => new Date(`${local}+08:00`);

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/** Where a call comes from, as the gateway reads it off the request. */
type Origin = { ip?: string; userAgent?: string };

export type TestEnv = TestDatabase & {
  seed: DemoSeed;
  /** A caller with a live session of the user (a demo user, or one a test added), CSRF header included. */
  as: (username: string, opts?: { locale?: string } & Origin) => Promise<Caller>;
  anonymous: (opts?: { csrf?: string; locale?: string; ip?: string }) => Promise<Caller>;
  callerWithToken: (token: string | undefined, csrf?: string) => Promise<Caller>;
  /** The session cache the callers resolve through, when the test asked for one (as the gateway has). */
  sessions: SessionCache | undefined;
  /** Sets the clock every caller's procedures read (`ctx.now()`); null: the real time again. */
  setNow: (now: Date | null) => void;
  /** Runs `step` with the clock at a wall-clock time in Asia/Shanghai (`2026-03-02T10:00:00`), then lets it run again. */
  at: <T>(local: string, step: () => Promise<T>) => Promise<T>;
};

export async function createTestEnv(
  provider: Provider,
  opts: { articlesPerUnit?: number; sessionCache?: SessionCacheOptions } = {},
): Promise<TestEnv> {
  // A copy of the run's seeded database for this article count, when there is one (demo-templates.ts).
  const seeded = process.env[demoTemplateVariable(provider, opts.articlesPerUnit)];
  const database = await createTestDatabase(provider, seeded);
  const seed = seeded ? await readDemoSeed(database.db) : await seedDemo(database.db, opts);
  if (!seeded) await startTeams(database.db);
  const system = systemOperations(database.db);
  const sessions = opts.sessionCache && new SessionCache(database.db, opts.sessionCache);
  let fixedNow: Date | null = null;
  const clock = () => (fixedNow ? new Date(fixedNow) : new Date());
  // The context is built per call, as per HTTP request, so a revoked session is seen at once.
  const callerWithToken = async (
    token: string | undefined,
    csrf?: string,
    locale?: string,
    ip?: string,
    userAgent?: string,
  ) =>
    createCaller(() =>
      createContextInner({
        db: database.db,
        system,
        sessions,
        sessionToken: token,
        csrfHeader: csrf,
        locale,
        ...(ip ? { ip } : {}),
        userAgent,
        clock,
      }),
    );
  return {
    ...database,
    drop: async () => {
      await sessions?.close();
      await database.drop();
    },
    seed,
    sessions,
    setNow: (now) => {
      fixedNow = now;
    },
    at: async (local, step) => {
      fixedNow = shanghai(local);
      try {
        return await step();
      } finally {
        fixedNow = null;
      }
    },
    callerWithToken: (token, csrf) => callerWithToken(token, csrf),
    anonymous: (o = {}) => callerWithToken(undefined, o.csrf ?? 'test', o.locale, o.ip),
    as: async (username, o = {}) => {
      const userId = seed.users[username] ?? (await database.db.user.findUnique({ where: { username } }))?.id;
      if (!userId) throw new Error(`no user ${username}`);
      const session = await openSession(database.db, userId, 3_600_000);
      return callerWithToken(session.token, session.csrfToken, o.locale, o.ip, o.userAgent);
    },
  };
}
