// The dues team's part of the shell's bell: what those who keep the books are told, and the words for each kind.
// dues.record is the permission that acts on arrears at a unit (a payment, a base, a hardship proposal): the branch
// secretary and the dues officer hold it, and the municipal and township admins through their roles (every
// permission). dues.read alone (the dues viewer) can do nothing about arrears, so it is not asked. Requests awaiting a
// decision are read with the caller's dues.approve scope on top: only the admin roles hold dues.approve, and they hold
// dues.record as well, so everyone who decides is asked (test/notices.test.ts keeps that true of every role).
import { defineNotices } from '@strata/api';
import { listDuesNotices } from './list-notices';

export const duesNotices = defineNotices({
  permission: 'dues.record',
  kinds: {
    'zh-CN': { hardshipPending: '减免待审批', arrears: '党费欠缴' },
    'en-US': { hardshipPending: 'Reductions awaiting decision', arrears: 'Dues in arrears' },
  },
  list: listDuesNotices,
});
