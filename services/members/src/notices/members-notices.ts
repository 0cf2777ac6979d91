// The members team's part of the shell's bell: what a transfer officer is told, and the words for each kind.
import { defineNotices } from '@strata/api';
import { listMembersNotices } from './list-notices';

export const membersNotices = defineNotices({
  // Receiving a letter and cancelling one both need members.transfer on their side, as the bell's news does.
  permission: 'members.transfer',
  kinds: {
    'zh-CN': { transferExpiring: '介绍信即将过期', transferIncoming: '转入待接收' },
    'en-US': { transferExpiring: 'Transfer letter expiring', transferIncoming: 'Transfer awaiting receipt' },
  },
  list: listMembersNotices,
});
