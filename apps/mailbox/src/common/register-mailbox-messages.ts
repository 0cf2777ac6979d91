// The mailbox remote's words (namespace `mailbox`): zh-CN with the remote, another language fetched when it is the active one.
import { remoteMessages } from '@strata/ui/remote-messages';
import { mailbox as zhCN } from '../i18n/zh-CN';

export const mailboxNs = 'mailbox';

export const registerMailboxMessages = remoteMessages(mailboxNs, zhCN, {
  'en-US': () => import('../i18n/en-US').then((m) => m.mailbox),
});
