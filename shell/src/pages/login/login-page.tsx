import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { isLocale } from '@strata/i18n';
import { applyFieldErrors, errorMessage, useDocumentTitle } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, theme } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSwitchLocale } from '../../app/use-switch-locale';
import { LanguageSwitch } from '../../layout/language-switch';
import { replaceSession } from '../../session/replace-session';
import { useTRPC } from '../../trpc';

type Values = { username: string; password: string };

/** Username/password sign-in; server messages (wrong password, lockout, disabled) show as they come. */
export function LoginPage({ sessionEnded = false }: { sessionEnded?: boolean }) {
  const { t, i18n } = useTranslation('shell');
  useDocumentTitle(t('login.title'));
  const [form] = Form.useForm<Values>();
  const switchLocale = useSwitchLocale();
  // A language picked here is the user's choice for this sign-in: it is saved to the account, not
  // replaced by the one saved earlier.
  const picked = useRef(false);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const login = useMutation(
    trpc.identity.auth.login.mutationOptions({
      onSuccess: (me) => {
        const locale = i18n.language;
        if (picked.current && isLocale(locale) && locale !== me.locale) {
          switchLocale(locale, { persist: true });
          replaceSession(queryClient, trpc, { ...me, locale });
        } else replaceSession(queryClient, trpc, me);
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );

  const { token } = theme.useToken();
  // The card, heading and subtitle are drawn with the theme's tokens, as antd's Card and Typography draw
  // themselves: those components would bring tabs, a dropdown menu and tooltips to the first page every
  // visitor loads.
  const card = {
    width: '100%',
    maxWidth: 380,
    margin: 8,
    padding: token.paddingLG,
    boxSizing: 'border-box',
    background: token.colorBgContainer,
    border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
    borderRadius: token.borderRadiusLG,
    color: token.colorText,
    fontFamily: token.fontFamily,
    fontSize: token.fontSize,
    lineHeight: token.lineHeight,
  } as const;
  const heading = {
    margin: '0 0 0.5em',
    color: token.colorTextHeading,
    fontSize: token.fontSizeHeading3,
    fontWeight: token.fontWeightStrong,
    lineHeight: token.lineHeightHeading3,
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <div style={card}>
        <Flex justify="end">
          <LanguageSwitch persist={false} onSwitched={() => (picked.current = true)} />
        </Flex>
        <h3 style={heading}>{t('appName')}</h3>
        <p style={{ margin: '0 0 1em', color: token.colorTextSecondary }}>{t('login.subtitle')}</p>
        {sessionEnded && !login.isError && (
          <Alert
            type="warning"
            showIcon
            title={t('login.sessionEnded')}
            style={{ marginBottom: 16 }}
            data-testid="session-ended"
          />
        )}
        {login.isError && (
          <Alert
            type="error"
            showIcon
            title={errorMessage(login.error, t)}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        )}
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => login.mutate(values)}
          data-testid="login-form"
          aria-label={t('login.title')}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Form>
      </div>
    </Flex>
  );
}
