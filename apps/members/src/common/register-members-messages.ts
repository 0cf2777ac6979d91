// The members remote's words (namespace `members`): zh-CN with the remote, another language fetched when it is the active one.
import { remoteMessages } from '@strata/ui/remote-messages';
import { members as zhCN } from '../i18n/zh-CN';

export const membersNs = 'members';

export const registerMembersMessages = remoteMessages(membersNs, zhCN, {
  'en-US': () => import('../i18n/en-US').then((m) => m.members),
});
