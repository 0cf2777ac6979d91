// Signing in, so that it reveals nothing and holds under concurrency: every attempt is counted first
// (per address and per username, existing or not), every attempt hashes once, and every failure writes once,
// so a wrong password, an unknown name and a locked account take the same work and get the same answers.
import { AppError, type Config, countAttempt, recordAudit, sweepAttemptCounters } from '@strata/api';
import { type Db, hashPassword, verifyPassword } from '@strata/db';
import { accountKey, addressKey, recordFailure, recordSuccess } from './sign-in-counters';

// Verified against when the username is unknown, so both cases cost one hash.
const decoyHash = hashPassword('decoy-password-never-matches-0');

type Limits = Pick<Config, 'maxFailedLogins' | 'lockoutMs' | 'maxSignInAttemptsPerAddress'>;
export type SignInAttempt = { username: string; password: string; ip: string; now?: Date };

const locked = (until: Date, now: Date) =>
  new AppError('TOO_MANY_REQUESTS', 'accountLocked', {
    minutes: Math.ceil((until.getTime() - now.getTime()) / 60_000),
  });

/** The signed-in user's id, or the error to answer with. */
export async function signIn(db: Db, limits: Limits, attempt: SignInAttempt): Promise<number> {
  const now = attempt.now ?? new Date();
  const username = attempt.username.toLowerCase();
  const address = await countAttempt(db, addressKey(attempt.ip), now, limits.lockoutMs);
  if (address.failures > limits.maxSignInAttemptsPerAddress) throw new AppError('TOO_MANY_REQUESTS', 'tooManyRequests');
  const account = await countAttempt(db, accountKey(username), now, limits.lockoutMs);
  const user = await db.user.findUnique({ where: { username } });
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), attempt.password);
  const lockedUntil = account.lockedUntil && account.lockedUntil > now ? account.lockedUntil : null;

  if (!user || !valid || lockedUntil) {
    const lockNow = !lockedUntil && account.failures >= limits.maxFailedLogins;
    const until = lockedUntil ?? (lockNow ? new Date(now.getTime() + limits.lockoutMs) : null);
    await db.$transaction(async (tx) => {
      await recordFailure(tx, accountKey(username), now, lockNow ? until : null);
      if (user)
        await recordAudit(tx, {
          actorId: user.id,
          unitId: user.unitId,
          action: lockNow ? 'auth.lockout' : 'auth.loginFailed',
          entity: 'User',
          entityId: user.id,
          label: user.displayName,
        });
    });
    if (until) throw locked(until, now);
    throw new AppError('UNAUTHORIZED', 'invalidCredentials');
  }
  if (user.disabledAt) {
    // The right password for a disabled account: refused, and its managers see that it was tried.
    await db.$transaction((tx) =>
      recordAudit(tx, {
        actorId: user.id,
        unitId: user.unitId,
        action: 'auth.loginDisabled',
        entity: 'User',
        entityId: user.id,
        label: user.displayName,
      }),
    );
    throw new AppError('FORBIDDEN', 'accountDisabled');
  }
  await db.$transaction(async (tx) => {
    await recordSuccess(tx, accountKey(username), addressKey(attempt.ip));
    await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
    await sweepAttemptCounters(tx, now);
    // Expired sessions are dead weight too: each sign-in sweeps them.
    await tx.session.deleteMany({ where: { expiresAt: { lt: now } } });
    await recordAudit(tx, {
      actorId: user.id,
      unitId: user.unitId,
      action: 'auth.login',
      entity: 'User',
      entityId: user.id,
      label: user.displayName,
    });
  });
  return user.id;
}
