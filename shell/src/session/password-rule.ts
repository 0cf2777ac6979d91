import { isStrongPassword } from '@strata/contract';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

// The server's own rule (errors.passwordTooWeak), so most mistakes never leave the browser.
export const passwordRules = (t: TFunction): FormRule[] => [
  { required: true },
  {
    validator: (_, value: string | undefined) =>
      !value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(t('shell:password.rule'))),
  },
];
