import { type Locale, locales } from '@strata/i18n';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSwitchLocale } from '../app/use-switch-locale';

export const localeLabels: Record<Locale, string> = { 'zh-CN': '中文', 'en-US': 'English' };

/** zh-CN / en-US toggle; `persist` saves the choice to the signed-in user's profile. */
export function LanguageSwitch({ persist, onSwitched }: { persist: boolean; onSwitched?: () => void }) {
  const { i18n, t } = useTranslation('shell');
  const switchLocale = useSwitchLocale();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('header.language')}
      data-testid="language-switch"
      value={i18n.language as Locale}
      options={locales.map((locale) => ({ value: locale, label: localeLabels[locale] }))}
      onChange={(locale) => {
        switchLocale(locale, { persist });
        onSwitched?.();
      }}
    />
  );
}
