// Where the mailbox sits on every site: its navigation entry and the widget script its form loads.
import { createRequire } from 'node:module';

export const mailboxNav = { key: 'mailbox', label: '领导信箱', path: 'mailbox' } as const;

/** This origin's copy of the altcha widget (with its languages), the one script a mailbox page loads. */
export const widgetAsset = {
  path: '/site-assets/mailbox/altcha.js',
  // The package exports the readable build; the minified one lies beside it.
  file: createRequire(import.meta.url)
    .resolve('altcha/i18n')
    .replace(/\.umd\.cjs$/, '.umd.min.cjs'),
  type: 'text/javascript; charset=utf-8',
};
