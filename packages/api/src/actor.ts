// Who acts in a mutation: the caller's scope, their account and the request's clock read once, so every row the
// mutation writes carries the same instant and every rule it checks reads the same day.
import { calendarDay } from '@strata/i18n/days';
import type { Scope } from './scope';

/** Who acts, with what rights, at what moment (`ctx.now()`). */
export type Actor = { scope: Scope; actorId: number; now: Date };

/** The actor of a procedure's context: its caller's scope and account, and the request's clock read once. */
export const actorOf = (ctx: { scope: Scope; session: { user: { id: number } }; now: () => Date }): Actor => ({
  scope: ctx.scope,
  actorId: ctx.session.user.id,
  now: ctx.now(),
});

/** Today in Asia/Shanghai, from the actor's clock. */
export const todayOf = (actor: Pick<Actor, 'now'>) => calendarDay(actor.now);
