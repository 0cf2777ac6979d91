import type { RemoteAppProps } from '@strata/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { ArticleEditorPage } from './articles/article-editor-page';
import { ArticleListPage } from './articles/article-list-page';
import { ColumnsPage } from './columns/columns-page';
import { registerContentMessages } from './common/register-content-messages';
import { RecycleBinPage } from './recycle-bin/recycle-bin-page';

/** The content remote (exposed as `content/App`): routes below the shell's `basePath`. */
export default function ContentApp({ basePath, unitId }: RemoteAppProps) {
  const { i18n } = useTranslation();
  // Before any child asks for the `content` namespace; a no-op after the first render.
  registerContentMessages(i18n);
  const base = basePath.replace(/\/+$/, '');
  const articles = `${base}/articles`;

  return (
    <Routes>
      <Route index element={<Navigate to={articles} replace />} />
      <Route path="articles" element={<ArticleListPage basePath={base} unitId={unitId} />} />
      <Route path="articles/new" element={<ArticleEditorPage basePath={base} unitId={unitId} />} />
      <Route path="articles/:id" element={<ArticleEditorPage basePath={base} unitId={unitId} />} />
      <Route path="columns" element={<ColumnsPage unitId={unitId} />} />
      <Route path="recycle-bin" element={<RecycleBinPage key={unitId} unitId={unitId} />} />
      <Route path="*" element={<Navigate to={articles} replace />} />
    </Routes>
  );
}
