// The training team's registration: its router, permissions and roles, its words and its cross-scope operations.
import BarChartOutlined from '@ant-design/icons-svg/lib/asn/BarChartOutlined.js';
import BookOutlined from '@ant-design/icons-svg/lib/asn/BookOutlined.js';
import ReadOutlined from '@ant-design/icons-svg/lib/asn/ReadOutlined.js';
import SafetyCertificateOutlined from '@ant-design/icons-svg/lib/asn/SafetyCertificateOutlined.js';
import SolutionOutlined from '@ant-design/icons-svg/lib/asn/SolutionOutlined.js';
import { defineTeam, menuIcon } from '@strata/api';
import { trainingVerifyPages } from './certificates/verify-pages';
import { trainingLabels, trainingMessages } from './locales';
import { trainingNotices } from './notices/training-notices';
import { trainingNav, trainingPages } from './portal/training-pages';
import { trainingRouter } from './router';
import { trainingSearch } from './search/training-search';
import { trainingSystem } from './system';

export const trainingTeam = defineTeam({
  name: 'training',
  router: trainingRouter,
  // training.read: the training of the people of the units in scope (enrolments, progress, scores, certificates,
  // reports, coverage). training.manage: the units' courses, their versions, question banks, quizzes and classroom
  // sessions. training.teach: the learners of the units' courses, whatever their unit (class lists, attendance,
  // results): only their enrolment and progress. training.assign: assign courses to people of the units in scope.
  // A learner's own things (browsing open courses, enrolling, lessons, quizzes, checking in) need no grant: they are
  // read through the caller's account.
  permissions: ['training.read', 'training.manage', 'training.teach', 'training.assign'],
  roles: {
    trainer: ['unit.read', 'training.manage', 'training.teach'],
    training_officer: ['unit.read', 'training.read', 'training.assign'],
    branch_secretary: ['training.read', 'training.assign'],
  },
  system: trainingSystem,
  labels: trainingLabels,
  messages: trainingMessages,
  // The portal: each unit's learning corner (its published courses marked public, readable without sign-in).
  // And the public verification of training certificates.
  publicPages: (deps) => [...trainingPages(deps), ...trainingVerifyPages(deps)],
  siteNav: [trainingNav],
  // The bell's reminders of a learner's assignments due and overdue, each leading to its course's page.
  notices: trainingNotices,
  search: trainingSearch,
  bench: () => import('./bench').then((m) => m.trainingBenchCases),
  fixture: () => import('./fixture').then((m) => m.trainingFixture),
  remote: {
    name: 'training',
    dist: 'apps/training/dist',
    exposes: './App',
    basePath: '/training',
    // The overview's cards: the dashboard's (apps/training/src/widgets.ts), the user's own page's (home-widgets.ts).
    widgets: [
      {
        id: 'coverage',
        title: { 'zh-CN': '必修课程覆盖率', 'en-US': 'Required course coverage' },
        permission: 'training.read',
      },
      {
        // What waits for a trainer: their classes at the unit and the next sessions they lead.
        id: 'teaching',
        title: { 'zh-CN': '我的授课', 'en-US': 'My classes' },
        permission: 'training.teach',
        home: 'work',
      },
      {
        // Every account's own learning (null for one that never learned anything).
        id: 'learning',
        title: { 'zh-CN': '我的学习', 'en-US': 'My learning' },
        home: 'own',
      },
    ],
    menu: [
      {
        // Every account's: their courses, the catalogue open to them, sessions and certificates.
        path: '/training/learn',
        icon: menuIcon(ReadOutlined),
        label: { 'zh-CN': '我的学习', 'en-US': 'My learning' },
      },
      {
        path: '/training/courses',
        icon: menuIcon(BookOutlined),
        label: { 'zh-CN': '课程管理', 'en-US': 'Courses' },
        permission: 'training.manage',
      },
      {
        path: '/training/enrolments',
        icon: menuIcon(SolutionOutlined),
        label: { 'zh-CN': '学员培训', 'en-US': 'Staff training' },
        permission: 'training.read',
      },
      {
        path: '/training/reports',
        icon: menuIcon(BarChartOutlined),
        label: { 'zh-CN': '培训统计', 'en-US': 'Training reports' },
        permission: 'training.read',
      },
      {
        path: '/training/certificates',
        icon: menuIcon(SafetyCertificateOutlined),
        label: { 'zh-CN': '结业证书', 'en-US': 'Training certificates' },
        permission: 'training.read',
      },
    ],
  },
});
