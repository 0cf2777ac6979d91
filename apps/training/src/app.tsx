import { AccessProvider, type RemoteAppProps, RequirePermission } from '@strata/ui';
import { Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { registerTrainingMessages } from './common/register-training-messages';
import { LearnPage } from './learn/learn-page';

// "My learning" is where most accounts arrive (every account learns; few manage courses), so it comes with the
// remote; the other pages load when opened.
const LearnCoursePage = lazy(() => import('./learn/learn-course-page').then((m) => ({ default: m.LearnCoursePage })));
const LessonPage = lazy(() => import('./learn/lesson-page').then((m) => ({ default: m.LessonPage })));
const QuizTakePage = lazy(() => import('./learn/quiz-take-page').then((m) => ({ default: m.QuizTakePage })));
const CheckinLinkPage = lazy(() => import('./learn/checkin-link-page').then((m) => ({ default: m.CheckinLinkPage })));
const CoursesPage = lazy(() => import('./courses/courses-page').then((m) => ({ default: m.CoursesPage })));
const CoursePage = lazy(() => import('./courses/course-page').then((m) => ({ default: m.CoursePage })));
const BankPage = lazy(() => import('./quizzes/bank-page').then((m) => ({ default: m.BankPage })));
const QuizResultsPage = lazy(() => import('./quizzes/quiz-results-page').then((m) => ({ default: m.QuizResultsPage })));
const SessionPage = lazy(() => import('./sessions/session-page').then((m) => ({ default: m.SessionPage })));
const SessionCheckinScreen = lazy(() =>
  import('./sessions/checkin-screen-page').then((m) => ({ default: m.SessionCheckinScreen })),
);
const EnrolmentsPage = lazy(() => import('./enrolments/enrolments-page').then((m) => ({ default: m.EnrolmentsPage })));
const ReportsPage = lazy(() => import('./reports/reports-page').then((m) => ({ default: m.ReportsPage })));
const CertificatesPage = lazy(() =>
  import('./certificates/certificates-page').then((m) => ({ default: m.CertificatesPage })),
);

const loading = <Skeleton active />;

type Permission = 'training.read' | 'training.manage' | 'training.teach';
/** Behind a permission; `atUnit` where the page shows the current unit's subtree. */
const guarded = (permission: Permission, page: ReactNode, atUnit = false) => (
  <RequirePermission permission={permission} atUnit={atUnit}>
    <Suspense fallback={loading}>{page}</Suspense>
  </RequirePermission>
);

/** Every account's own (no grant): the server finds the learner by the account. */
const own = (page: ReactNode) => <Suspense fallback={loading}>{page}</Suspense>;

/** The training remote (exposed as `training/App`): routes below the shell's `basePath`. */
export default function TrainingApp({ basePath, unitId, access }: RemoteAppProps) {
  const { i18n } = useTranslation();
  // Before any child asks for the `training` namespace; another language than the default suspends (the shell's
  // loading state) until its messages are in. A no-op once they are.
  const messages = registerTrainingMessages(i18n, i18n.language);
  if (messages) use(messages);
  const base = basePath.replace(/\/+$/, '');
  const learn = `${base}/learn`;

  return (
    <AccessProvider value={access}>
      <Routes>
        <Route index element={<Navigate to={learn} replace />} />
        <Route path="learn" element={own(<LearnPage basePath={base} />)} />
        <Route path="learn/:courseId" element={own(<LearnCoursePage basePath={base} />)} />
        <Route path="learn/:courseId/lessons/:lessonId" element={own(<LessonPage basePath={base} />)} />
        <Route path="learn/:courseId/quizzes/:quizId" element={own(<QuizTakePage basePath={base} />)} />
        <Route path="checkin/:sessionId" element={own(<CheckinLinkPage basePath={base} />)} />
        <Route
          path="courses"
          element={guarded('training.manage', <CoursesPage basePath={base} unitId={unitId} />, true)}
        />
        <Route path="courses/:id" element={guarded('training.manage', <CoursePage basePath={base} />)} />
        <Route path="banks/:id" element={guarded('training.manage', <BankPage basePath={base} />)} />
        <Route path="quizzes/:id" element={guarded('training.teach', <QuizResultsPage basePath={base} />)} />
        <Route path="sessions/:id" element={guarded('training.teach', <SessionPage basePath={base} />)} />
        <Route
          path="sessions/:id/checkin"
          element={guarded('training.teach', <SessionCheckinScreen basePath={base} />)}
        />
        <Route
          path="enrolments"
          element={guarded('training.read', <EnrolmentsPage basePath={base} unitId={unitId} />, true)}
        />
        <Route
          path="reports"
          element={guarded('training.read', <ReportsPage basePath={base} unitId={unitId} />, true)}
        />
        <Route
          path="certificates"
          element={guarded('training.read', <CertificatesPage basePath={base} unitId={unitId} />, true)}
        />
        <Route path="*" element={<Navigate to={learn} replace />} />
      </Routes>
    </AccessProvider>
  );
}
