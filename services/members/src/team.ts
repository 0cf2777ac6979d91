// The members team's registration: its router, permissions and roles, its words and its cross-scope operations.
import CarOutlined from '@ant-design/icons-svg/lib/asn/CarOutlined.js';
import EnvironmentOutlined from '@ant-design/icons-svg/lib/asn/EnvironmentOutlined.js';
import PieChartOutlined from '@ant-design/icons-svg/lib/asn/PieChartOutlined.js';
import RiseOutlined from '@ant-design/icons-svg/lib/asn/RiseOutlined.js';
import SwapOutlined from '@ant-design/icons-svg/lib/asn/SwapOutlined.js';
import TeamOutlined from '@ant-design/icons-svg/lib/asn/TeamOutlined.js';
import { defineTeam, menuIcon } from '@strata/api';
import { screenExpose } from '@strata/contract';
import { membersLabels, membersMessages } from './locales';
import { membersNotices } from './notices/members-notices';
import { membersRouter } from './router';
import { membersSearch } from './search/members-search';
import { membersSystem } from './system';

export const membersTeam = defineTeam({
  name: 'members',
  router: membersRouter,
  // members.read: the registry, pipeline, transfers, map and statistics of the units in scope, personal data masked.
  // members.pii: the ID number, phone and address in the clear (each opening audited). members.edit: register,
  // change and import members, move them along the lifecycle, change their status. members.transfer: issue, confirm,
  // return and cancel transfer letters, attach floating members. members.snapshot: take the year's frozen
  // statistics, which covers the whole organisation, so it counts only at the top unit.
  permissions: ['members.read', 'members.pii', 'members.edit', 'members.transfer', 'members.snapshot'],
  roles: {
    members_officer: ['unit.read', 'members.read', 'members.pii', 'members.edit', 'members.transfer'],
    // Reads the registry and its statistics with personal data masked (a statistician, an inspector).
    members_viewer: ['unit.read', 'members.read'],
    branch_secretary: ['members.read', 'members.pii', 'members.edit', 'members.transfer'],
  },
  system: membersSystem,
  labels: membersLabels,
  messages: membersMessages,
  remote: {
    name: 'members',
    dist: 'apps/members/dist',
    exposes: './App',
    basePath: '/members',
    screen: { expose: screenExpose, permission: 'members.read' },
    // The overview's cards (apps/members/src/widgets.ts).
    widgets: [
      {
        id: 'stages',
        title: { 'zh-CN': '党员队伍', 'en-US': 'Membership' },
        permission: 'members.read',
      },
    ],
    menu: [
      {
        path: '/members/registry',
        icon: menuIcon(TeamOutlined),
        label: { 'zh-CN': '党员名册', 'en-US': 'Member registry' },
        permission: 'members.read',
      },
      {
        path: '/members/lifecycle',
        icon: menuIcon(RiseOutlined),
        label: { 'zh-CN': '发展党员', 'en-US': 'Development' },
        permission: 'members.read',
      },
      {
        path: '/members/transfers',
        icon: menuIcon(SwapOutlined),
        label: { 'zh-CN': '关系转接', 'en-US': 'Transfers' },
        permission: 'members.read',
      },
      {
        path: '/members/floating',
        icon: menuIcon(CarOutlined),
        label: { 'zh-CN': '流动党员', 'en-US': 'Floating members' },
        permission: 'members.read',
      },
      {
        path: '/members/stats',
        icon: menuIcon(PieChartOutlined),
        label: { 'zh-CN': '党员统计', 'en-US': 'Member statistics' },
        permission: 'members.read',
      },
      {
        path: '/members/map',
        icon: menuIcon(EnvironmentOutlined),
        label: { 'zh-CN': '组织地图', 'en-US': 'Unit map' },
        permission: 'members.read',
      },
    ],
  },
  // A transfer officer's news in the shell's bell: letters awaiting receipt at their units, their own about to lapse.
  notices: membersNotices,
  search: membersSearch,
  bench: () => import('./bench').then((m) => m.membersBenchCases),
  benchOperations: () => import('./bench-operations').then((m) => m.membersBenchOperations),
  fixture: () => import('./fixture').then((m) => m.membersFixture),
});
