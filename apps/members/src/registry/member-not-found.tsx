import { ResultScreen } from '@strata/ui';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/** A member id that is missing, or outside the reader's scope (the server answers both alike). */
export function MemberNotFound({ listPath }: { listPath: string }) {
  const { t } = useTranslation('members');
  const navigate = useNavigate();
  return (
    <div data-testid="member-not-found">
      <ResultScreen
        status="404"
        title={t('member.notFound')}
        extra={
          <Button onClick={() => navigate(listPath)} data-neutral>
            {t('member.backToList')}
          </Button>
        }
      />
    </div>
  );
}
