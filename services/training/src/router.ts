// The training team's procedures, one sub-router per area.
import { router } from '@strata/api';
import { certificatesRouter } from './certificates/router';
import { coursesRouter } from './courses/router';
import { enrolmentsRouter } from './enrolments/router';
import { learningRouter } from './learning/router';
import { trainingNotices } from './notices/training-notices';
import { quizzesRouter } from './quizzes/router';
import { reportsRouter } from './reports/router';
import { trainingSearch } from './search/training-search';
import { sessionsRouter } from './sessions/router';

export const trainingRouter = router({
  courses: coursesRouter,
  learning: learningRouter,
  enrolments: enrolmentsRouter,
  sessions: sessionsRouter,
  quizzes: quizzesRouter,
  certificates: certificatesRouter,
  reports: reportsRouter,
  notices: trainingNotices.router,
  search: trainingSearch.router,
});
