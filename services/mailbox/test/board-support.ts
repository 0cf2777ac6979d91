// Board rows for tests, written directly: a topic due far ahead (or held), and a reply on it.
import type { TestEnv } from '../../../tests/support/env';
import { uniqueName } from '../../../tests/support/factories';

/** `at`: when it was posted (now when left out). */
type TopicOptions = { held?: boolean; title?: string; at?: Date };

/** A topic on the unit's board by `authorId`, due in 2099 so no clock makes it overdue. */
export const addTopic = (env: TestEnv, unitId: number, authorId: number, opts: TopicOptions = {}) =>
  env.db.boardTopic.create({
    data: {
      unitId,
      authorId,
      title: opts.title ?? uniqueName('议题'),
      body: '大家怎么看？',
      answerDays: 3,
      answerDueDate: '2099-01-05',
      answerDueAt: new Date('2099-01-05T16:00:00Z'),
      answerDueSoonAt: new Date('2099-01-04T16:00:00Z'),
      held: opts.held ?? false,
      createdAt: opts.at,
      lastPostAt: opts.at,
    },
  });

/** A reply on the topic by `authorId` (held unless said otherwise). */
export const addPost = (env: TestEnv, topic: { id: number; unitId: number }, authorId: number, held = true) =>
  env.db.boardPost.create({ data: { unitId: topic.unitId, topicId: topic.id, authorId, body: '回复', held } });
