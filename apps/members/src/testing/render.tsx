// Component tests (happy-dom): the one kit (@strata/ui/testing) bound to the members remote's words.
import { remoteTesting } from '@strata/ui/testing';
import { membersNs } from '../common/register-members-messages';
import { members as enUS } from '../i18n/en-US';
import { members as zhCN } from '../i18n/zh-CN';

export { accessOf, settle } from '@strata/ui/testing';
export const { testI18n, render, renderWithApi } = remoteTesting(membersNs, { 'zh-CN': zhCN, 'en-US': enUS });
