// The mailbox's part of the shell's bell: what a handler is told, and the words for each kind.
import { defineNotices } from '@strata/api';
import { listMailboxNotices } from './list-notices';

export const mailboxNotices = defineNotices({
  permission: 'mailbox.handle',
  kinds: {
    'zh-CN': {
      escalated: '下级超期',
      overdue: '已超期',
      dueSoon: '即将到期',
      reopened: '重新办理',
      assigned: '新交办',
    },
    'en-US': {
      escalated: 'Escalated',
      overdue: 'Overdue',
      dueSoon: 'Due soon',
      reopened: 'Reopened',
      assigned: 'Newly assigned',
    },
  },
  list: listMailboxNotices,
});
