import { isStrongPassword } from '@strata/contract';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The one field for a password being set (a new account's, an admin's reset, one's own change): the rule as
 * its help text, and the server's own check (errors.passwordTooWeak) so most mistakes never leave the
 * browser; the error only says the rule is not met, so the rule is not printed twice.
 */
export function NewPasswordField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation('shell');
  return (
    <Form.Item
      name={name}
      label={label}
      extra={t('password.rule')}
      rules={[
        { required: true, message: t('common:required', { field: label }) },
        {
          validator: (_, value: string | undefined) =>
            !value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(t('password.notStrong'))),
        },
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
