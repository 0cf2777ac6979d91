// The mailbox team's registration: its router, permissions and roles, its words and its cross-scope operations.
import BarChartOutlined from '@ant-design/icons-svg/lib/asn/BarChartOutlined.js';
import CommentOutlined from '@ant-design/icons-svg/lib/asn/CommentOutlined.js';
import FieldTimeOutlined from '@ant-design/icons-svg/lib/asn/FieldTimeOutlined.js';
import MailOutlined from '@ant-design/icons-svg/lib/asn/MailOutlined.js';
import SnippetsOutlined from '@ant-design/icons-svg/lib/asn/SnippetsOutlined.js';
import { defineTeam, menuIcon } from '@strata/api';
import { mailboxLabels, mailboxMessages } from './locales';
import { mailboxNotices } from './notices/mailbox-notices';
import { mailboxPages } from './portal/mailbox-pages';
import { mailboxNav, widgetAsset } from './portal/paths';
import { mailboxRouter } from './router';
import { mailboxSearch } from './search/mailbox-search';
import { mailboxSystem } from './system';

export const mailboxTeam = defineTeam({
  name: 'mailbox',
  router: mailboxRouter,
  // mailbox.manage (the deadlines of the whole tree) counts only at the top unit, where the municipal admin holds it.
  // mailbox.post reads a unit's members' board and posts on it; mailbox.moderate answers as the unit, pins, closes,
  // hides and approves held posts there.
  permissions: ['mailbox.read', 'mailbox.handle', 'mailbox.manage', 'mailbox.post', 'mailbox.moderate'],
  roles: {
    mailbox_handler: ['unit.read', 'mailbox.read', 'mailbox.handle', 'mailbox.post', 'mailbox.moderate'],
    branch_secretary: ['mailbox.read', 'mailbox.handle', 'mailbox.post', 'mailbox.moderate'],
    member: ['mailbox.post'],
  },
  system: mailboxSystem,
  labels: mailboxLabels,
  messages: mailboxMessages,
  remote: {
    name: 'mailbox',
    dist: 'apps/mailbox/dist',
    exposes: './App',
    basePath: '/mailbox',
    // The overview's cards: the dashboard's (apps/mailbox/src/widgets.ts), the user's own page's (home-widgets.ts).
    widgets: [
      {
        id: 'letters',
        title: { 'zh-CN': '来信办理', 'en-US': 'Letters' },
        permission: 'mailbox.read',
      },
      // What waits for a handler: the unit's letter queue, the letters due first.
      {
        id: 'queue',
        title: { 'zh-CN': '待办来信', 'en-US': 'Letters to answer' },
        permission: 'mailbox.handle',
        home: 'work',
      },
      // The member's own: the topics they started on the members' board and whether the unit answered.
      {
        id: 'topics',
        title: { 'zh-CN': '我发起的议题', 'en-US': 'My topics' },
        permission: 'mailbox.post',
        home: 'own',
      },
    ],
    menu: [
      {
        path: '/mailbox/letters',
        icon: menuIcon(MailOutlined),
        label: { 'zh-CN': '来信办理', 'en-US': 'Letters' },
        permission: 'mailbox.read',
      },
      {
        path: '/mailbox/templates',
        icon: menuIcon(SnippetsOutlined),
        label: { 'zh-CN': '答复模板', 'en-US': 'Reply templates' },
        permission: 'mailbox.read',
      },
      {
        path: '/mailbox/stats',
        icon: menuIcon(BarChartOutlined),
        label: { 'zh-CN': '来信统计', 'en-US': 'Statistics' },
        permission: 'mailbox.read',
      },
      {
        path: '/mailbox/settings',
        icon: menuIcon(FieldTimeOutlined),
        label: { 'zh-CN': '办理时限', 'en-US': 'Deadlines' },
        permission: 'mailbox.read',
      },
      {
        path: '/mailbox/board',
        icon: menuIcon(CommentOutlined),
        label: { 'zh-CN': '党员议事', 'en-US': "Members' board" },
        permission: 'mailbox.post',
      },
    ],
  },
  // On every unit's site: the letter form, following a letter by its code, the letters answered in public.
  publicPages: mailboxPages,
  siteNav: [mailboxNav],
  publicAssets: [widgetAsset],
  // A handler's news in the shell's bell: overdue, escalated, due soon, reopened and assigned letters.
  notices: mailboxNotices,
  search: mailboxSearch,
  bench: () => import('./bench').then((m) => m.mailboxBenchCases),
  fixture: () => import('./fixture').then((m) => m.mailboxFixture),
});
