// The content remote's words (namespace `content`): zh-CN with the remote, another language fetched when it is the active one.
import { remoteMessages } from '@strata/ui/remote-messages';
import { content as zhCN } from '../i18n/zh-CN';

export const contentNs = 'content';

export const registerContentMessages = remoteMessages(contentNs, zhCN, {
  'en-US': () => import('../i18n/en-US').then((m) => m.content),
});
