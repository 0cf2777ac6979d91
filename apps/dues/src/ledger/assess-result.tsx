// What an assessment did: how many members it assessed and for how much, how many were reduced and how many had been
// assessed before, and the members without a base (each with the way to enter one).
import { formatFen } from '@strata/contract';
import { Permitted } from '@strata/ui';
import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessResult } from '../common/api-types';
import { formatMonth } from '../common/month-text';

type Missing = AssessResult['missingBase'][number];

type Props = { result: AssessResult; onClose: () => void; onSetBase: (member: Missing) => void };

export function AssessResultView({ result, onClose, onSetBase }: Props) {
  const { t, i18n } = useTranslation('dues');
  return (
    <Alert
      type={result.missingBase.length > 0 ? 'warning' : 'success'}
      showIcon
      closable={{ onClose }}
      data-testid="ledger-assess-result"
      title={t('assess.result', { month: formatMonth(result.month, i18n.language) })}
      description={
        <Flex vertical gap={4}>
          <span data-testid="ledger-assess-assessed">
            {t('assess.assessed', { count: result.assessed, amount: formatFen(result.assessedFen) })}
          </span>
          <span>{t('assess.reduced', { count: result.reduced })}</span>
          <span data-testid="ledger-assess-already">{t('assess.already', { count: result.already })}</span>
          {result.missingBase.length > 0 && (
            <>
              <span>{t('assess.missingBase')}</span>
              <Flex wrap gap={8} data-testid="ledger-assess-missing">
                {result.missingBase.map((member) => (
                  <Flex key={member.id} align="center" gap={4}>
                    <span>{member.name}</span>
                    <Permitted permission="dues.record" unitId={member.unitId}>
                      <Button
                        type="link"
                        size="small"
                        onClick={() => onSetBase(member)}
                        data-testid={`ledger-assess-set-base-${member.id}`}
                      >
                        {t('assess.setBase')}
                      </Button>
                    </Permitted>
                  </Flex>
                ))}
              </Flex>
            </>
          )}
        </Flex>
      }
    />
  );
}
