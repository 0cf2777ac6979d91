import { AccessProvider, type RemoteAppProps, RequirePermission } from '@strata/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ArticleEditorPage } from './articles/article-editor-page';
import { ArticleListPage } from './articles/article-list-page';
import { ColumnsPage } from './columns/columns-page';
import { registerContentMessages } from './common/register-content-messages';
import { RecycleBinPage } from './recycle-bin/recycle-bin-page';

const guarded = (permission: string, page: ReactNode, atUnit = false) => (
  <RequirePermission permission={permission} atUnit={atUnit}>
    {page}
  </RequirePermission>
);

/** The content remote (exposed as `content/App`): routes below the shell's `basePath`. */
export default function ContentApp({ basePath, unitId, access }: RemoteAppProps) {
  const { i18n } = useTranslation();
  // Before any child asks for the `content` namespace; a no-op after the first render.
  registerContentMessages(i18n);
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
        <Route path="columns" element={guarded('content.read', <ColumnsPage unitId={unitId} />)} />
        <Route
          path="recycle-bin"
          element={guarded('content.review', <RecycleBinPage key={unitId} unitId={unitId} />)}
        />
        <Route path="*" element={<Navigate to={articles} replace />} />
      </Routes>
    </AccessProvider>
  );
}
