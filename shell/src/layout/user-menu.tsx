import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { type Locale, locales } from '@strata/i18n';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSwitchLocale } from '../app/use-switch-locale';
import { ChangePasswordOnDemand } from '../session/change-password-on-demand';
import { useMe } from '../session/session-context';
import { useLogout } from '../session/use-logout';
import { localeLabels } from './language-switch';
import { strokeIcon } from './stroke-icon';

// The menu's icons in a few strokes, as the header's (stroke-icon.tsx): a globe, a key, a door with the way out.
const languageIcon = strokeIcon(
  'M12 21a9 9 0 1 1 0-18 9 9 0 0 1 0 18M3 12h18M12 3c-3.5 4-3.5 14 0 18m0-18c3.5 4 3.5 14 0 18',
);
const passwordIcon = strokeIcon('M8 20a4 4 0 1 1 0-8 4 4 0 0 1 0 8m3-7 9-9m-4 4 3 3m-6 0 2 2');
const logoutIcon = strokeIcon('M10 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h5m6 14 5-5-5-5m5 5H9');

/** Language, change password and sign out; on a phone (`compact`) the button is the icon alone. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation('shell');
  const me = useMe();
  const switchLocale = useSwitchLocale();
  const [changing, setChanging] = useState(false);
  // Drawn from its first opening on, so that closing it animates.
  const [opened, setOpened] = useState(false);
  const logout = useLogout();

  const items: MenuProps['items'] = [
    {
      key: 'language',
      icon: languageIcon,
      label: t('header.language'),
      children: locales.map((locale) => ({
        key: `locale:${locale}`,
        label: <span data-testid={`locale-${locale}`}>{localeLabels[locale]}</span>,
        disabled: i18n.language === locale,
      })),
    },
    {
      key: 'password',
      icon: passwordIcon,
      label: <span data-testid="menu-change-password">{t('header.changePassword')}</span>,
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: logoutIcon,
      danger: true,
      label: <span data-testid="menu-logout">{t('header.logout')}</span>,
    },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key.startsWith('locale:')) switchLocale(key.slice('locale:'.length) as Locale, { persist: true });
    else if (key === 'password') {
      setOpened(true);
      setChanging(true);
    } else if (key === 'logout') logout.mutate();
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']}>
        <Button
          type="text"
          icon={<UserOutlined />}
          data-testid="user-menu"
          aria-label={t('header.userMenu', { name: me.displayName })}
          loading={logout.isPending}
        >
          {!compact && (
            <>
              {me.displayName} <DownOutlined />
            </>
          )}
        </Button>
      </Dropdown>
      {opened && <ChangePasswordOnDemand open={changing} onClose={() => setChanging(false)} />}
    </>
  );
}
