// The training team's operations across scopes, bound to the raw client once at start-up (see @strata/api
// system.ts). Each area keeps its own in `<area>/system.ts`; procedures call them as `ctx.system.training.<op>`.
import type { Db } from '@strata/db';
import { certificatesSystem } from './certificates/system';
import { coursesSystem } from './courses/system';
import { enrolmentsSystem } from './enrolments/system';
import { learningSystem } from './learning/system';
import { quizzesSystem } from './quizzes/system';
import { reportsSystem } from './reports/system';
import { sessionsSystem } from './sessions/system';

export const trainingSystem = (db: Db) => ({
  training: {
    ...coursesSystem(db),
    ...learningSystem(db),
    ...enrolmentsSystem(db),
    ...sessionsSystem(db),
    ...quizzesSystem(db),
    ...certificatesSystem(db),
    ...reportsSystem(db),
  },
});

type TrainingSystem = ReturnType<typeof trainingSystem>;
declare module '@strata/api' {
  interface SystemOperations extends TrainingSystem {}
}
