// The volunteers team's registration: its router, permissions and roles, its words and its cross-scope operations.
import CalendarOutlined from '@ant-design/icons-svg/lib/asn/CalendarOutlined.js';
import ClusterOutlined from '@ant-design/icons-svg/lib/asn/ClusterOutlined.js';
import FieldTimeOutlined from '@ant-design/icons-svg/lib/asn/FieldTimeOutlined.js';
import HeartOutlined from '@ant-design/icons-svg/lib/asn/HeartOutlined.js';
import LineChartOutlined from '@ant-design/icons-svg/lib/asn/LineChartOutlined.js';
import SafetyCertificateOutlined from '@ant-design/icons-svg/lib/asn/SafetyCertificateOutlined.js';
import SmileOutlined from '@ant-design/icons-svg/lib/asn/SmileOutlined.js';
import { defineTeam, menuIcon } from '@strata/api';
import { volunteersLabels, volunteersMessages } from './locales';
import { volunteersNotices } from './notices/volunteers-notices';
import { volunteersNav, volunteersPages } from './portal/volunteers-pages';
import { volunteersRouter } from './router';
import { volunteersSearch } from './search/volunteers-search';
import { volunteersSystem } from './system';

export const volunteersTeam = defineTeam({
  name: 'volunteers',
  router: volunteersRouter,
  // volunteers.read: volunteers (personal data masked), teams, activities, attendance, hours, records, certificates
  // and statistics of the units in scope. volunteers.pii: a volunteer's ID number, phone and address in the clear
  // (each opening audited). volunteers.manage: register and change volunteers, run teams and decide who joins them,
  // awards. volunteers.organise: activities, their sign-ups, the check-in screen and attendance, closing an activity
  // (which writes its hours). volunteers.certify: approve and decline hours, decide appeals, issue certificates.
  // A volunteer's own things (their profile, sign-ups, check-ins, hours and appeals) need no grant: they are read
  // through their account's link to their profile.
  permissions: ['volunteers.read', 'volunteers.pii', 'volunteers.manage', 'volunteers.organise', 'volunteers.certify'],
  roles: {
    volunteer_coordinator: [
      'unit.read',
      'volunteers.read',
      'volunteers.pii',
      'volunteers.manage',
      'volunteers.organise',
      'volunteers.certify',
    ],
    volunteers_viewer: ['unit.read', 'volunteers.read'],
    branch_secretary: [
      'volunteers.read',
      'volunteers.pii',
      'volunteers.manage',
      'volunteers.organise',
      'volunteers.certify',
    ],
  },
  system: volunteersSystem,
  labels: volunteersLabels,
  messages: volunteersMessages,
  // The portal: each unit's upcoming activities with their sign-up links, and the certificates' public verification.
  publicPages: volunteersPages,
  siteNav: [volunteersNav],
  // A certifier's news in the shell's bell: hours pending approval and appeals awaiting a decision, per activity.
  notices: volunteersNotices,
  search: volunteersSearch,
  bench: () => import('./bench').then((m) => m.volunteersBenchCases),
  benchOperations: () => import('./bench-operations').then((m) => m.volunteersBenchOperations),
  fixture: () => import('./fixture').then((m) => m.volunteersFixture),
  remote: {
    name: 'volunteers',
    dist: 'apps/volunteers/dist',
    exposes: './App',
    basePath: '/volunteers',
    // The overview's cards: the dashboard's (apps/volunteers/src/widgets.ts), the user's own page's (home-widgets.ts).
    widgets: [
      {
        id: 'hours',
        title: { 'zh-CN': '志愿服务', 'en-US': 'Volunteering' },
        permission: 'volunteers.read',
      },
      {
        // Every account's own (no grant): their hours and sign-ups, read by the account's link to their profile; none
        // for an account without one.
        id: 'mine',
        title: { 'zh-CN': '我的志愿服务', 'en-US': 'My volunteering' },
        home: 'own',
      },
    ],
    menu: [
      {
        path: '/volunteers/activities',
        icon: menuIcon(CalendarOutlined),
        label: { 'zh-CN': '志愿活动', 'en-US': 'Activities' },
        permission: 'volunteers.read',
      },
      {
        path: '/volunteers/people',
        icon: menuIcon(HeartOutlined),
        label: { 'zh-CN': '志愿者', 'en-US': 'Volunteers' },
        permission: 'volunteers.read',
      },
      {
        path: '/volunteers/teams',
        icon: menuIcon(ClusterOutlined),
        label: { 'zh-CN': '志愿服务队', 'en-US': 'Volunteer teams' },
        permission: 'volunteers.read',
      },
      {
        path: '/volunteers/hours',
        icon: menuIcon(FieldTimeOutlined),
        label: { 'zh-CN': '服务时长', 'en-US': 'Service hours' },
        permission: 'volunteers.read',
      },
      {
        path: '/volunteers/certificates',
        icon: menuIcon(SafetyCertificateOutlined),
        label: { 'zh-CN': '志愿服务证明', 'en-US': 'Certificates' },
        permission: 'volunteers.read',
      },
      {
        path: '/volunteers/stats',
        icon: menuIcon(LineChartOutlined),
        label: { 'zh-CN': '志愿统计', 'en-US': 'Volunteer statistics' },
        permission: 'volunteers.read',
      },
      {
        // Every account's: their own volunteering (an account without a profile is offered to register).
        path: '/volunteers/mine',
        icon: menuIcon(SmileOutlined),
        label: { 'zh-CN': '我的志愿服务', 'en-US': 'My volunteering' },
      },
    ],
  },
});
