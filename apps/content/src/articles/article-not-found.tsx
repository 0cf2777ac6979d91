import { ResultScreen } from '@strata/ui';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** An article id that is missing, or outside the reader's scope (the server answers both alike). */
export function ArticleNotFound({ listPath }: { listPath: string }) {
  const { t } = useTranslation('content');
  const navigate = useNavigate();
  return (
    <ResultScreen
      status="404"
      title={t('articles.notFound')}
      extra={
        <Button onClick={() => navigate(listPath)} data-neutral>
          {t('common.back')}
        </Button>
      }
    />
  );
}
