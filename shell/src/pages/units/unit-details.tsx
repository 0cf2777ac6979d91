import { formatDateTime } from '@strata/i18n';
import { formatCalendarDay } from '@strata/i18n/days';
import { ErrorAlert } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, type DescriptionsProps, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { UnitDetails as Details, Unit } from '../../api-types';
import { useTRPC } from '../../trpc';
import { TruncatedText } from './truncated-text';
import { UnitActions } from './unit-actions';

type Props = { unitId: number | undefined; units: Unit[]; onSelect: (id: number) => void };

/** A value or a dash; `testId` marks values a reader must find (the masked contact). */
const shown = (value: string | null, testId?: string) => <span data-testid={testId}>{value ?? '—'}</span>;

/** The unit's place and state, then what a real unit records (the contact masked for non-managers). */
function detailItems(unit: Details, t: TFunction, locale: string): DescriptionsProps['items'] {
  return [
    { key: 'name', label: t('units.name'), children: unit.name },
    { key: 'kind', label: t('units.kind'), children: t(`domain:unitKind.${unit.kind}`) },
    { key: 'parent', label: t('units.parent'), children: unit.parentName ?? '—' },
    { key: 'childCount', label: t('units.childCount'), children: unit.childCount },
    { key: 'userCount', label: t('units.userCount'), children: unit.userCount },
    {
      key: 'status',
      label: t('users.status'),
      children: unit.archivedAt ? (
        <Tag>
          {t('units.archived')} · {formatDateTime(unit.archivedAt, locale)}
        </Tag>
      ) : (
        <Tag color="green">{t('units.active')}</Tag>
      ),
    },
    { key: 'secretary', label: t('domain:auditField.secretary'), children: shown(unit.secretary) },
    {
      key: 'contactPerson',
      label: t('domain:auditField.contactPerson'),
      children: shown(unit.contactPerson, 'unit-contact-person'),
    },
    {
      key: 'contactPhone',
      label: t('domain:auditField.contactPhone'),
      children: shown(unit.contactPhone, 'unit-contact-phone'),
    },
    {
      key: 'foundedOn',
      label: t('domain:auditField.foundedOn'),
      children: shown(unit.foundedOn && formatCalendarDay(unit.foundedOn, locale)),
    },
    { key: 'creditCode', label: t('domain:auditField.creditCode'), children: shown(unit.creditCode) },
    { key: 'address', label: t('domain:auditField.address'), children: shown(unit.address) },
  ];
}

/** `units.get` for the selected unit, with its actions. */
export function UnitDetails({ unitId, units, onSelect }: Props) {
  const { t, i18n } = useTranslation('shell');
  const trpc = useTRPC();
  const details = useQuery({
    ...trpc.identity.units.get.queryOptions({ id: unitId ?? 0 }),
    enabled: unitId !== undefined,
  });

  if (unitId === undefined) {
    return (
      <Card title={t('units.details')}>
        <Empty description={t('units.selectHint')} />
      </Card>
    );
  }
  const unit = details.data;
  return (
    <Card title={unit ? <TruncatedText text={unit.name} /> : t('units.details')} data-testid="unit-details">
      {details.isPending && <Skeleton active />}
      {details.isError && <ErrorAlert error={details.error} onRetry={() => void details.refetch()} />}
      {unit && (
        <Flex vertical gap={16}>
          {unit.manageable && <UnitActions unit={unit} units={units} onCreated={onSelect} />}
          {/* Labels above values: a phone keeps one column, long names and codes wrap inside it. */}
          <Descriptions
            layout="vertical"
            colon={false}
            size="small"
            column={{ xs: 1, sm: 2, xl: 3 }}
            styles={{ content: { overflowWrap: 'anywhere' } }}
            items={detailItems(unit, t, i18n.language)}
          />
          {!unit.manageable && (unit.contactPerson || unit.contactPhone) && (
            <Typography.Text type="secondary">{t('units.maskedHint')}</Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}
