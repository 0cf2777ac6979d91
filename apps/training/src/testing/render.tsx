// Component tests (happy-dom): the one kit (@strata/ui/testing) bound to the training remote's words.
import { remoteTesting } from '@strata/ui/testing';
import { trainingNs } from '../common/register-training-messages';
import { training as enUS } from '../i18n/en-US';
import { training as zhCN } from '../i18n/zh-CN';

export { accessOf, settle } from '@strata/ui/testing';
export const { testI18n, render, renderWithApi } = remoteTesting(trainingNs, { 'zh-CN': zhCN, 'en-US': enUS });
