// The volunteers remote's words (namespace `volunteers`): zh-CN with the remote, another language fetched when it is the active one.
import { remoteMessages } from '@strata/ui/remote-messages';
import { volunteers as zhCN } from '../i18n/zh-CN';

export const volunteersNs = 'volunteers';

export const registerVolunteersMessages = remoteMessages(volunteersNs, zhCN, {
  'en-US': () => import('../i18n/en-US').then((m) => m.volunteers),
});
