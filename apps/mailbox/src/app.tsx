import { AccessProvider, type RemoteAppProps, RequirePermission } from '@strata/ui';
import { Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { registerMailboxMessages } from './common/register-mailbox-messages';
import { LetterListPage } from './letters/letter-list-page';

// The letter queue is where the menu leads first, so it comes with the remote; the other pages load when opened
// (what only some visits need stays out of the first one).
const LetterPage = lazy(() => import('./letters/letter-page').then((m) => ({ default: m.LetterPage })));
const TemplatesPage = lazy(() => import('./templates/templates-page').then((m) => ({ default: m.TemplatesPage })));
const DeadlinesPage = lazy(() => import('./settings/deadlines-page').then((m) => ({ default: m.DeadlinesPage })));
const StatsPage = lazy(() => import('./stats/stats-page').then((m) => ({ default: m.StatsPage })));
const BoardListPage = lazy(() => import('./board/board-list-page').then((m) => ({ default: m.BoardListPage })));
const TopicPage = lazy(() => import('./board/topic-page').then((m) => ({ default: m.TopicPage })));

/** Behind mailbox.read (the board: mailbox.post); `atUnit` where the page lists the current unit's rows. */
const guarded = (page: ReactNode, atUnit = false, permission: 'mailbox.read' | 'mailbox.post' = 'mailbox.read') => (
  <RequirePermission permission={permission} atUnit={atUnit}>
    <Suspense fallback={<Skeleton active />}>{page}</Suspense>
  </RequirePermission>
);

/** The mailbox remote (exposed as `mailbox/App`): routes below the shell's `basePath`. */
export default function MailboxApp({ basePath, unitId, access }: RemoteAppProps) {
  const { i18n } = useTranslation();
  // Before any child asks for the `mailbox` namespace; another language than the default suspends (the shell's
  // loading state) until its messages are in. A no-op once they are.
  const messages = registerMailboxMessages(i18n, i18n.language);
  if (messages) use(messages);
  const base = basePath.replace(/\/+$/, '');
  const letters = `${base}/letters`;

  return (
    <AccessProvider value={access}>
      <Routes>
        <Route index element={<Navigate to={letters} replace />} />
        <Route path="letters" element={guarded(<LetterListPage basePath={base} unitId={unitId} />, true)} />
        <Route path="letters/:id" element={guarded(<LetterPage basePath={base} />)} />
        <Route path="templates" element={guarded(<TemplatesPage unitId={unitId} />, true)} />
        <Route path="stats" element={guarded(<StatsPage unitId={unitId} />, true)} />
        <Route path="settings" element={guarded(<DeadlinesPage basePath={base} />)} />
        <Route
          path="board"
          element={guarded(<BoardListPage basePath={base} unitId={unitId} />, true, 'mailbox.post')}
        />
        <Route path="board/:id" element={guarded(<TopicPage basePath={base} />, false, 'mailbox.post')} />
        <Route path="*" element={<Navigate to={letters} replace />} />
      </Routes>
    </AccessProvider>
  );
}
