import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The tab's title for a page, in the user's language, restored when the page goes. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  const appName = t('shell:appName');
  useEffect(() => {
    if (!title) return;
    const before = document.title;
    document.title = `${title} - ${appName}`;
    return () => {
      document.title = before;
    };
  }, [title, appName]);
}
