// The volunteers' part of the shell's bell: hours waiting for a certifier's decision (pending since their activity
// closed, or a decline appealed by the volunteer), one notice per activity, for those who may decide them.
import { defineNotices } from '@strata/api';
import { listHourNotices } from './list-notices';

export const volunteersNotices = defineNotices({
  permission: 'volunteers.certify',
  kinds: {
    'zh-CN': { hoursAppealed: '时长申诉待处理', hoursPending: '时长待审核' },
    'en-US': { hoursAppealed: 'Hours appealed', hoursPending: 'Hours awaiting approval' },
  },
  list: listHourNotices,
});
