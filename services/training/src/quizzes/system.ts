// The quizzes area's operations across scopes (a learner's own quizzes and attempts, read by their account, never by
// an id from the page alone), bound to the raw client once at start-up; procedures call them as
// ctx.system.training.<op>.
import type { Db } from '@strata/db';
import { ownQuizzesSystem } from './own-quizzes';

export const quizzesSystem = (db: Db) => ({ ...ownQuizzesSystem(db) });
