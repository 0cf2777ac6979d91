import { ResultScreen } from '@strata/ui';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A letter id that is missing, or outside the reader's scope (the server answers both alike). */
export function LetterNotFound({ listPath }: { listPath: string }) {
  const { t } = useTranslation('mailbox');
  const navigate = useNavigate();
  return (
    <ResultScreen
      status="404"
      title={t('letter.notFound')}
      extra={
        <Button onClick={() => navigate(listPath)} data-neutral>
          {t('common.back')}
        </Button>
      }
    />
  );
}
