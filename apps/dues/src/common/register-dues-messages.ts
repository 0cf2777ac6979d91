// The dues remote's words (namespace `dues`): zh-CN with the remote, another language fetched when it is the active one.
import { remoteMessages } from '@strata/ui/remote-messages';
import { dues as zhCN } from '../i18n/zh-CN';

export const duesNs = 'dues';

export const registerDuesMessages = remoteMessages(duesNs, zhCN, {
  'en-US': () => import('../i18n/en-US').then((m) => m.dues),
});
