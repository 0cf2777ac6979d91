// What verifying the books found: every chain holds (how many units and entries, and how long it took), or, for each
// unit whose chain does not, the first entry that breaks it and why, in words; and any unit whose running totals (what
// the reports read) differ from its entries.
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BrokenChain, VerifyResult } from '../common/api-types';

export function VerifyResultView({ result, onClose }: { result: VerifyResult; onClose: () => void }) {
  const { t } = useTranslation('dues');
  const broken = result.broken.filter((verdict): verdict is BrokenChain => !verdict.ok);
  const figures = { units: result.units, entries: result.entries, ms: result.ms };
  const totalsOff = result.totalsOff.length ? (
    <div data-testid="ledger-verify-totals-off">
      {t('verify.totalsOff', { units: result.totalsOff.map((u) => u.unitName).join(t('separator')) })}
    </div>
  ) : null;
  if (broken.length === 0)
    return (
      <Alert
        type={totalsOff ? 'warning' : 'success'}
        showIcon
        closable={{ onClose }}
        data-testid="ledger-verify-ok"
        title={t('verify.ok', figures)}
        description={totalsOff}
      />
    );
  return (
    <Alert
      type="error"
      showIcon
      closable={{ onClose }}
      data-testid="ledger-verify-broken"
      title={t('verify.broken', { ...figures, count: broken.length })}
      description={
        <Flex vertical gap={4} component="ul" style={{ margin: 0, paddingInlineStart: 20 }}>
          {broken.map((verdict) => (
            <li key={verdict.unitId} data-testid={`ledger-verify-unit-${verdict.unitId}`}>
              {t('verify.brokenAt', {
                unit: verdict.unitName,
                seq: verdict.seq,
                reason: t(`brokenReason.${verdict.reason}`),
              })}
            </li>
          ))}
          {totalsOff}
        </Flex>
      }
    />
  );
}
