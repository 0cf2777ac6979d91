// A session's check-in screen (training.teach at the course's unit), as the volunteers' screen works: `sessionScreen`
// only reads (the screen polls it: the code to show, or none once it was used or expired, and the counts);
// `showSessionCode` gives the current unused, unexpired code or issues a new one valid for @strata/checkin's window
// (60 s), and records one audit entry per call (the screen calls it only when the poll finds none). Codes are given
// while the session is scheduled, from 30 minutes before its start until its end; each serves one check-in.
import { type Actor, AppError, recordAudit, type Scope, toIso } from '@strata/api';
import { checkinLink, checkinWindowMs, newCheckinCode } from '@strata/checkin';
import type { Db, Tx } from '@strata/db';
import { taught } from '../common/in-scope';
import { trainingMessage } from '../locales';
import { checkinOpen, sessionCheckinPath } from './session-rules';

const teach = 'training.teach' as const;

const shown = (sessionId: number, row: { code: string; expiresAt: Date }) => ({
  code: row.code,
  expiresAt: toIso(row.expiresAt),
  link: checkinLink('', sessionCheckinPath, { subject: sessionId, code: row.code }),
});

async function taughtSession(db: Db | Tx, scope: Scope, id: number) {
  const session = await db.trainingSession.findFirst({
    where: { id, ...scope.ownedWhere(teach) },
    include: { course: { select: { title: true } } },
  });
  if (!session) throw new AppError('NOT_FOUND', trainingMessage('sessionNotFound'));
  return session;
}

/** The newest unused code of the session still valid at `now`. */
function liveCode(db: Db | Tx, scope: Scope, sessionId: number, now: Date) {
  return db.trainingCheckinCode.findFirst({
    where: { sessionId, usedAt: null, expiresAt: { gt: now }, ...scope.ownedWhere(teach) },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
    select: { code: true, expiresAt: true },
  });
}

export async function sessionScreen(db: Db, scope: Scope, id: number, now: Date) {
  const session = await taughtSession(db, scope, id);
  const seats = { sessionId: session.id, status: 'booked', ...taught(scope) };
  const [current, booked, attended] = await Promise.all([
    session.status === 'scheduled' ? liveCode(db, scope, session.id, now) : null,
    db.trainingSeat.count({ where: seats }),
    db.trainingSeat.count({ where: { ...seats, attendedAt: { not: null } } }),
  ]);
  return { current: current ? shown(session.id, current) : null, booked, attended };
}

export async function showSessionCode(tx: Tx, actor: Actor, id: number) {
  const session = await taughtSession(tx, actor.scope, id);
  if (session.status === 'cancelled') throw new AppError('CONFLICT', trainingMessage('sessionCancelled'));
  if (!checkinOpen(session, actor.now)) throw new AppError('BAD_REQUEST', trainingMessage('sessionScreenClosed'));
  const current = await liveCode(tx, actor.scope, session.id, actor.now);
  const row =
    current ??
    (await tx.trainingCheckinCode.create({
      data: {
        unitId: session.unitId,
        sessionId: session.id,
        code: newCheckinCode(),
        issuedAt: actor.now,
        expiresAt: new Date(actor.now.getTime() + checkinWindowMs),
      },
      select: { code: true, expiresAt: true },
    }));
  // The entry says a screen was given a code (never the code itself), and whether it was a new one.
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: session.unitId,
    action: 'trainingSession.code',
    entity: 'TrainingSession',
    entityId: session.id,
    label: `${session.course.title} · ${session.title}`,
    after: { issued: current === null, expiresAt: toIso(row.expiresAt) },
  });
  return shown(session.id, row);
}
