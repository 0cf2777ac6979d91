// The caller's own account: its home unit may lie outside its grants (a member of one branch holding a role
// in another), so these work on the raw client, always and only on the session's own user.
import { AppError, recordAudit, runTransaction, sessionsChanged } from '@strata/api';
import { type Db, hashPassword, verifyPassword } from '@strata/db';

type Own = { userId: number; sessionId: string };

export async function signOut(db: Db, { userId, sessionId }: Own) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  await runTransaction(db, async (tx) => {
    await tx.session.deleteMany({ where: { id: sessionId } });
    await sessionsChanged(tx, { sessionId });
    await recordAudit(tx, {
      actorId: user.id,
      unitId: user.unitId,
      action: 'auth.logout',
      entity: 'User',
      entityId: user.id,
      label: user.displayName,
    });
  });
}

export async function changeOwnPassword(db: Db, own: Own, currentPassword: string, newPassword: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: own.userId } });
  if (!(await verifyPassword(user.passwordHash, currentPassword)))
    throw new AppError('BAD_REQUEST', 'wrongCurrentPassword', {}, 'currentPassword');
  // A change that keeps the password (after an admin reset: the one the admin knows) changes nothing.
  if (newPassword === currentPassword) throw new AppError('BAD_REQUEST', 'passwordUnchanged', {}, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await runTransaction(db, async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date(), mustChangePassword: false },
    });
    // Every other session of this account ends; this one stays.
    await tx.session.deleteMany({ where: { userId: user.id, id: { not: own.sessionId } } });
    // This one's too: it no longer must change its password.
    await sessionsChanged(tx, { userId: user.id });
    await recordAudit(tx, {
      actorId: user.id,
      unitId: user.unitId,
      action: 'auth.changePassword',
      entity: 'User',
      entityId: user.id,
      label: user.displayName,
    });
  });
}

export async function setOwnLocale(db: Db, own: Own, locale: string) {
  await runTransaction(db, async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: own.userId } });
    await tx.user.update({ where: { id: before.id }, data: { locale } });
    await sessionsChanged(tx, { userId: before.id });
    await recordAudit(tx, {
      actorId: before.id,
      unitId: before.unitId,
      action: 'user.setLocale',
      entity: 'User',
      entityId: before.id,
      label: before.displayName,
      before: { locale: before.locale },
      after: { locale },
    });
  });
}
