import { ResultScreen, useDocumentTitle } from '@strata/ui';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageSpin } from '../../layout/page-spin';

/** Unknown path; while the manifest is still loading, the path may yet belong to a remote. */
export default function NotFoundPage({ waiting }: { waiting: boolean }) {
  const { t } = useTranslation('shell');
  const navigate = useNavigate();
  useDocumentTitle(waiting ? undefined : t('notFound.title'));
  if (waiting) return <PageSpin />;
  return (
    <ResultScreen
      status="404"
      title={t('notFound.title')}
      extra={
        <Button onClick={() => navigate('/')} data-neutral>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
