import { useTranslation } from 'react-i18next';
import { articleStatuses, cadences } from './domain-values';

/** Select options for article statuses, labelled from the `content` namespace. */
export function useStatusOptions() {
  const { t } = useTranslation('content');
  return articleStatuses.map((value) => ({ value, label: t(`articleStatus.${value}`) }));
}

/** Select options for column update cadences, labelled from the `content` namespace. */
export function useCadenceOptions() {
  const { t } = useTranslation('content');
  return cadences.map((value) => ({ value, label: t(`cadence.${value}`) }));
}
