// The members' board: each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, idInput, pageOf, permissionProcedure, router, runTransaction, type Scope } from '@strata/api';
import { z } from 'zod';
import { boardInputs, topicFilter, topicOutput, topicRow } from './board-schemas';
import { getTopic } from './get-topic';
import { listTopics } from './list-topics';
import { approveOnBoard, closeTopic, hideOnBoard, pinTopic } from './moderate-topic';
import { answerTopic, createTopic, replyToTopic } from './post-topic';

const post = permissionProcedure('mailbox.post');
const moderate = permissionProcedure('mailbox.moderate');
const posted = checked(z.object({ id: z.number().int(), held: z.boolean() }));
const done = checked(z.object({ id: z.number().int() }));

type Ctx = { scope: Scope; session: { user: { id: number } }; now: () => Date; system: unknown };
const viewer = (ctx: Ctx) => ({ scope: ctx.scope, userId: ctx.session.user.id });
const writer = (ctx: Ctx) => ({ ...viewer(ctx), system: ctx.system, now: ctx.now() });

export const boardRouter = router({
  list: post
    .input(topicFilter)
    .output(checked(pageOf(topicRow)))
    .query(({ ctx, input }) => listTopics(ctx.db, viewer(ctx), input, ctx.now())),

  get: post
    .input(z.strictObject({ id: idInput }))
    .output(checked(topicOutput))
    .query(({ ctx, input }) => getTopic(ctx.db, viewer(ctx), input.id, ctx.now())),

  create: post
    .input(boardInputs.create)
    .output(posted)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => createTopic(tx, writer(ctx), input))),

  reply: post
    .input(boardInputs.reply)
    .output(posted)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => replyToTopic(tx, writer(ctx), input))),

  /** The unit's answer, by a moderator: the first one stops the topic's clock. */
  answer: moderate
    .input(boardInputs.answer)
    .output(posted)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => answerTopic(tx, writer(ctx), input))),

  pin: moderate
    .input(boardInputs.pin)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => pinTopic(tx, writer(ctx), input))),

  close: moderate
    .input(boardInputs.close)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => closeTopic(tx, writer(ctx), input))),

  /** Hides a topic or one reply from members (or shows it again); never deletes. */
  hide: moderate
    .input(boardInputs.hide)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => hideOnBoard(tx, writer(ctx), input))),

  /** Releases a topic or reply a `warn` word held. */
  approve: moderate
    .input(boardInputs.approve)
    .output(done)
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => approveOnBoard(tx, writer(ctx), input))),
});
