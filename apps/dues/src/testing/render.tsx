// Component tests (happy-dom): the one kit (@strata/ui/testing) bound to the dues remote's words.
import { remoteTesting } from '@strata/ui/testing';
import { duesNs } from '../common/register-dues-messages';
import { dues as enUS } from '../i18n/en-US';
import { dues as zhCN } from '../i18n/zh-CN';

export { accessOf, settle } from '@strata/ui/testing';
export const { testI18n, render, renderWithApi } = remoteTesting(duesNs, { 'zh-CN': zhCN, 'en-US': enUS });
