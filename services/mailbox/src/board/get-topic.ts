// One topic with the replies its reader sees: members read what is neither hidden nor held (and their own held
// posts); the unit's moderators read everything, flagged. Post text is plain text; the console shows it as such.
import type { Db } from '@strata/db';
import type { TopicOutput } from './board-schemas';
import { type Viewer, visibleTopic, visibleWhere } from './board-scope';
import { topicRowOf } from './list-topics';

export async function getTopic(db: Db, viewer: Viewer, id: number, now: Date): Promise<TopicOutput> {
  const topic = await visibleTopic(db, viewer, id);
  const posts = await db.boardPost.findMany({
    where: { topicId: topic.id, ...visibleWhere(viewer) },
    orderBy: { id: 'asc' },
    include: { author: { select: { displayName: true } } },
  });
  const moderates = viewer.scope.covers('mailbox.moderate', topic.unit.path);
  return {
    ...topicRowOf({ ...topic, unitName: topic.unit.name, authorName: topic.author.displayName }, posts.length, now),
    body: topic.body,
    answerDueSoonAt: topic.answerDueSoonAt.toISOString(),
    mine: topic.authorId === viewer.userId,
    posts: posts.map((p) => ({
      id: p.id,
      authorName: p.author.displayName,
      body: p.body,
      answer: p.answer,
      held: p.held,
      hidden: p.hiddenAt !== null,
      createdAt: p.createdAt.toISOString(),
      mine: p.authorId === viewer.userId,
    })),
    actions: {
      reply: topic.closedAt === null && topic.hiddenAt === null,
      moderate: moderates,
    },
  };
}
