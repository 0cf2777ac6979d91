import { isStrongPassword } from '@strata/contract';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

// The server's own rule (errors.passwordTooWeak), so most mistakes never leave the browser. The field shows
// the rule as its help text; the error only says it is not met, so the rule is not printed twice.
export const passwordRules = (t: TFunction, field: string): FormRule[] => [
  { required: true, message: t('common:required', { field }) },
  {
    validator: (_, value: string | undefined) =>
      !value || isStrongPassword(value) ? Promise.resolve() : Promise.reject(new Error(t('shell:password.notStrong'))),
  },
];
