// The dues team's registration: its router, permissions and roles, its words and its console pages.
import AccountBookOutlined from '@ant-design/icons-svg/lib/asn/AccountBookOutlined.js';
import BarChartOutlined from '@ant-design/icons-svg/lib/asn/BarChartOutlined.js';
import MoneyCollectOutlined from '@ant-design/icons-svg/lib/asn/MoneyCollectOutlined.js';
import ProfileOutlined from '@ant-design/icons-svg/lib/asn/ProfileOutlined.js';
import SolutionOutlined from '@ant-design/icons-svg/lib/asn/SolutionOutlined.js';
import TransactionOutlined from '@ant-design/icons-svg/lib/asn/TransactionOutlined.js';
import WalletOutlined from '@ant-design/icons-svg/lib/asn/WalletOutlined.js';
import { defineTeam, menuIcon } from '@strata/api';
import { duesLabels, duesMessages } from './locales';
import { duesNotices } from './notices/dues-notices';
import { duesRouter } from './router';
import { duesSystem } from './system';

export const duesTeam = defineTeam({
  name: 'dues',
  router: duesRouter,
  // dues.read: the books, statements and reports of the units in scope. dues.record: bases, assessment, payments,
  // corrections, month closes and remittances of those units. dues.approve: hardship reductions proposed by the units
  // below the grant (one level up from the branch). dues.rules: new versions of the rules, at the top unit only.
  permissions: ['dues.read', 'dues.record', 'dues.approve', 'dues.rules'],
  roles: {
    dues_officer: ['unit.read', 'dues.read', 'dues.record'],
    dues_viewer: ['unit.read', 'dues.read'],
    branch_secretary: ['dues.read', 'dues.record'],
  },
  system: duesSystem,
  labels: duesLabels,
  messages: duesMessages,
  bench: () => import('./bench').then((m) => m.duesBenchCases),
  benchOperations: () => import('./bench-operations').then((m) => m.duesBenchOperations),
  fixture: () => import('./fixture').then((m) => m.duesFixture),
  // The bell: hardship requests awaiting the caller's decision, and the branches with members six months behind.
  notices: duesNotices,
  remote: {
    name: 'dues',
    dist: 'apps/dues/dist',
    exposes: './App',
    basePath: '/dues',
    // The overview's cards: the dashboard's (apps/dues/src/widgets.ts), the user's own page's (home-widgets.ts).
    widgets: [
      {
        id: 'collection',
        title: { 'zh-CN': '党费收缴', 'en-US': 'Dues collection' },
        permission: 'dues.read',
      },
      {
        // Every account's own (no grant): the member's statement, read by the account's link; none for an account
        // that is no member's.
        id: 'mine',
        title: { 'zh-CN': '我的党费', 'en-US': 'My dues' },
        home: 'own',
      },
    ],
    menu: [
      {
        path: '/dues/members',
        icon: menuIcon(MoneyCollectOutlined),
        label: { 'zh-CN': '党费收缴', 'en-US': 'Dues collection' },
        permission: 'dues.read',
      },
      {
        path: '/dues/ledger',
        icon: menuIcon(AccountBookOutlined),
        label: { 'zh-CN': '党费账本', 'en-US': 'Dues ledger' },
        permission: 'dues.read',
      },
      {
        // Every account's: a member's own statement (an account not linked to a member is told so).
        path: '/dues/mine',
        icon: menuIcon(WalletOutlined),
        label: { 'zh-CN': '我的党费', 'en-US': 'My dues' },
      },
      {
        path: '/dues/hardship',
        icon: menuIcon(SolutionOutlined),
        label: { 'zh-CN': '党费减免', 'en-US': 'Dues reductions' },
        permission: 'dues.read',
      },
      {
        path: '/dues/remittances',
        icon: menuIcon(TransactionOutlined),
        label: { 'zh-CN': '党费上缴', 'en-US': 'Remittances' },
        permission: 'dues.read',
      },
      {
        path: '/dues/reports',
        icon: menuIcon(BarChartOutlined),
        label: { 'zh-CN': '党费报表', 'en-US': 'Dues reports' },
        permission: 'dues.read',
      },
      {
        path: '/dues/rules',
        icon: menuIcon(ProfileOutlined),
        label: { 'zh-CN': '党费标准', 'en-US': 'Dues rules' },
        permission: 'dues.read',
      },
    ],
  },
});
