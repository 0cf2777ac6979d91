import { useTranslation } from 'react-i18next';
import { articleStatuses, cadences } from './domain-values';

/** Select options for article statuses, labelled from the `domain` namespace. */
export function useStatusOptions() {
  const { t } = useTranslation('domain');
  return articleStatuses.map((value) => ({ value, label: t(`articleStatus.${value}`) }));
}

/** Select options for column update cadences, labelled from the `domain` namespace. */
export function useCadenceOptions() {
  const { t } = useTranslation('domain');
  return cadences.map((value) => ({ value, label: t(`cadence.${value}`) }));
}
