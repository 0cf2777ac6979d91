import { AccessProvider, type RemoteAppProps, RequirePermission } from '@strata/ui';
import { Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { registerDuesMessages } from './common/register-dues-messages';
import { DuesMembersPage } from './members/dues-members-page';

// The collection list is where the menu leads first, so it comes with the remote; the other pages load when opened.
const StatementPage = lazy(() => import('./statement/statement-page').then((m) => ({ default: m.StatementPage })));
const LedgerPage = lazy(() => import('./ledger/ledger-page').then((m) => ({ default: m.LedgerPage })));
const ReceiptPage = lazy(() => import('./receipts/receipt-page').then((m) => ({ default: m.ReceiptPage })));
const HardshipPage = lazy(() => import('./hardship/hardship-page').then((m) => ({ default: m.HardshipPage })));
const RemittancesPage = lazy(() =>
  import('./remittances/remittances-page').then((m) => ({ default: m.RemittancesPage })),
);
const ReportsPage = lazy(() => import('./reports/reports-page').then((m) => ({ default: m.ReportsPage })));
const MyDuesPage = lazy(() => import('./statement/my-dues-page').then((m) => ({ default: m.MyDuesPage })));
const RulesPage = lazy(() => import('./rules/rules-page').then((m) => ({ default: m.RulesPage })));

/** Behind dues.read; `atUnit` where the page shows the current unit's books or subtree. */
const guarded = (page: ReactNode, atUnit = false) => (
  <RequirePermission permission="dues.read" atUnit={atUnit}>
    <Suspense fallback={<Skeleton active />}>{page}</Suspense>
  </RequirePermission>
);

/** The dues remote (exposed as `dues/App`): routes below the shell's `basePath`. */
export default function DuesApp({ basePath, unitId, access }: RemoteAppProps) {
  const { i18n } = useTranslation();
  // Before any child asks for the `dues` namespace; another language than the default suspends (the shell's loading
  // state) until its messages are in. A no-op once they are.
  const messages = registerDuesMessages(i18n, i18n.language);
  if (messages) use(messages);
  const base = basePath.replace(/\/+$/, '');
  const members = `${base}/members`;

  return (
    <AccessProvider value={access}>
      <Routes>
        <Route index element={<Navigate to={members} replace />} />
        <Route path="members" element={guarded(<DuesMembersPage basePath={base} unitId={unitId} />, true)} />
        <Route path="members/:id" element={guarded(<StatementPage basePath={base} />)} />
        <Route path="ledger" element={guarded(<LedgerPage basePath={base} unitId={unitId} />, true)} />
        <Route path="receipts/:id" element={guarded(<ReceiptPage basePath={base} />)} />
        <Route path="hardship" element={guarded(<HardshipPage basePath={base} unitId={unitId} />, true)} />
        <Route path="remittances" element={guarded(<RemittancesPage unitId={unitId} />, true)} />
        <Route path="reports" element={guarded(<ReportsPage basePath={base} unitId={unitId} />, true)} />
        <Route path="rules" element={guarded(<RulesPage />)} />
        {/* Every account's own: the server finds the member by the account. */}
        <Route
          path="mine"
          element={
            <Suspense fallback={<Skeleton active />}>
              <MyDuesPage basePath={base} />
            </Suspense>
          }
        />
        <Route path="*" element={<Navigate to={members} replace />} />
      </Routes>
    </AccessProvider>
  );
}
