import { AccessProvider, type RemoteAppProps, RequirePermission } from '@strata/ui';
import { Skeleton } from 'antd';
import { lazy, type ReactNode, Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ArticleListPage } from './articles/article-list-page';
import { registerContentMessages } from './common/register-content-messages';

// The article list is where the menu leads first, so it comes with the remote; the other pages load when
// opened (what only some visits need stays out of the first one).
const ArticleEditorPage = lazy(() =>
  import('./articles/article-editor-page').then((m) => ({ default: m.ArticleEditorPage })),
);
const ArticleHistoryPage = lazy(() =>
  import('./history/article-history-page').then((m) => ({ default: m.ArticleHistoryPage })),
);
const WordsPage = lazy(() => import('./words/words-page').then((m) => ({ default: m.WordsPage })));
const ColumnsPage = lazy(() => import('./columns/columns-page').then((m) => ({ default: m.ColumnsPage })));
const RecycleBinPage = lazy(() =>
  import('./recycle-bin/recycle-bin-page').then((m) => ({ default: m.RecycleBinPage })),
);
const RecommendationsPage = lazy(() =>
  import('./placements/recommendations-page').then((m) => ({ default: m.RecommendationsPage })),
);
const FreshnessPage = lazy(() => import('./freshness/freshness-page').then((m) => ({ default: m.FreshnessPage })));
const DocumentsPage = lazy(() => import('./documents/documents-page').then((m) => ({ default: m.DocumentsPage })));

const guarded = (permission: string, page: ReactNode, atUnit = false) => (
  <RequirePermission permission={permission} atUnit={atUnit}>
    <Suspense fallback={<Skeleton active />}>{page}</Suspense>
  </RequirePermission>
);

/** The content remote (exposed as `content/App`): routes below the shell's `basePath`. */
export default function ContentApp({ basePath, unitId, access }: RemoteAppProps) {
  const { i18n } = useTranslation();
  // Before any child asks for the `content` namespace; another language than the default suspends (the shell's
  // loading state) until its messages are in. A no-op once they are.
  const messages = registerContentMessages(i18n, i18n.language);
  if (messages) use(messages);
  const base = basePath.replace(/\/+$/, '');
  const articles = `${base}/articles`;

  return (
    <AccessProvider value={access}>
      <Routes>
        <Route index element={<Navigate to={articles} replace />} />
        <Route path="articles" element={guarded('content.read', <ArticleListPage basePath={base} unitId={unitId} />)} />
        <Route
          path="articles/new"
          element={guarded('content.write', <ArticleEditorPage basePath={base} unitId={unitId} />, true)}
        />
        <Route
          path="articles/:id"
          element={guarded('content.read', <ArticleEditorPage basePath={base} unitId={unitId} />)}
        />
        <Route path="articles/:id/history" element={guarded('content.read', <ArticleHistoryPage basePath={base} />)} />
        <Route path="words" element={guarded('content.read', <WordsPage unitId={unitId} />)} />
        <Route path="columns" element={guarded('content.read', <ColumnsPage unitId={unitId} />)} />
        <Route path="recycle-bin" element={guarded('content.review', <RecycleBinPage unitId={unitId} />)} />
        <Route path="freshness" element={guarded('content.read', <FreshnessPage basePath={base} unitId={unitId} />)} />
        <Route path="documents" element={guarded('content.read', <DocumentsPage unitId={unitId} />)} />
        <Route
          path="recommendations"
          element={guarded('content.review', <RecommendationsPage basePath={base} unitId={unitId} />)}
        />
        <Route path="*" element={<Navigate to={articles} replace />} />
      </Routes>
    </AccessProvider>
  );
}
