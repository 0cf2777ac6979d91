// Component tests (happy-dom): the one kit (@strata/ui/testing) bound to the mailbox remote's words.
import { remoteTesting } from '@strata/ui/testing';
import { mailboxNs } from '../common/register-mailbox-messages';
import { mailbox as enUS } from '../i18n/en-US';
import { mailbox as zhCN } from '../i18n/zh-CN';

export { accessOf, settle } from '@strata/ui/testing';
export const { testI18n, render, renderWithApi } = remoteTesting(mailboxNs, { 'zh-CN': zhCN, 'en-US': enUS });
