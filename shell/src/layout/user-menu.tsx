import { DownOutlined, GlobalOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { type Locale, locales } from '@strata/i18n';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSwitchLocale } from '../app/use-switch-locale';
import { ChangePasswordOnDemand } from '../session/change-password-on-demand';
import { useMe } from '../session/session-context';
import { useLogout } from '../session/use-logout';
import { localeLabels } from './language-switch';

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
      icon: <GlobalOutlined />,
      label: t('header.language'),
      children: locales.map((locale) => ({
        key: `locale:${locale}`,
        label: <span data-testid={`locale-${locale}`}>{localeLabels[locale]}</span>,
        disabled: i18n.language === locale,
      })),
    },
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="menu-change-password">{t('header.changePassword')}</span>,
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
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
