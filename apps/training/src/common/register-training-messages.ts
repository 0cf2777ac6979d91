// The training remote's words (namespace `training`): zh-CN with the remote, another language fetched when it is the active one.
import { remoteMessages } from '@strata/ui/remote-messages';
import { training as zhCN } from '../i18n/zh-CN';

export const trainingNs = 'training';

export const registerTrainingMessages = remoteMessages(trainingNs, zhCN, {
  'en-US': () => import('../i18n/en-US').then((m) => m.training),
});
