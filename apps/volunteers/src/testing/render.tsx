// Component tests (happy-dom): the one kit (@strata/ui/testing) bound to the volunteers remote's words.
import { remoteTesting } from '@strata/ui/testing';
import { volunteersNs } from '../common/register-volunteers-messages';
import { volunteers as enUS } from '../i18n/en-US';
import { volunteers as zhCN } from '../i18n/zh-CN';

export { accessOf, settle } from '@strata/ui/testing';
export const { testI18n, render, renderWithApi } = remoteTesting(volunteersNs, { 'zh-CN': zhCN, 'en-US': enUS });
