import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

// Mirrors the server's rule (errors.passwordTooWeak) so most mistakes never leave the browser.
const strongPassword = /^(?=.*[A-Za-z])(?=.*\d).{10,}$/;

export const passwordRules = (t: TFunction): FormRule[] => [
  { required: true },
  { pattern: strongPassword, message: t('shell:password.rule') },
];
