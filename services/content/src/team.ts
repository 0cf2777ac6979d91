// The content team's registration: its router, permissions and roles, words, the columns every new unit
// starts with, and its remote.
import AppstoreOutlined from '@ant-design/icons-svg/lib/asn/AppstoreOutlined.js';
import BookOutlined from '@ant-design/icons-svg/lib/asn/BookOutlined.js';
import DeleteOutlined from '@ant-design/icons-svg/lib/asn/DeleteOutlined.js';
import FieldTimeOutlined from '@ant-design/icons-svg/lib/asn/FieldTimeOutlined.js';
import FileTextOutlined from '@ant-design/icons-svg/lib/asn/FileTextOutlined.js';
import MailOutlined from '@ant-design/icons-svg/lib/asn/MailOutlined.js';
import StopOutlined from '@ant-design/icons-svg/lib/asn/StopOutlined.js';
import { defineTeam, menuIcon } from '@strata/api';
import { ensureArticleSearch } from './articles/article-search.sql';
import { fillTitleKeys } from './articles/fill-title-keys';
import { repairSiteAt } from './articles/repair-site-at.sql';
import { createDefaultColumns } from './columns/default-columns';
import { contentLabels, contentMessages } from './locales';
import { portalPages } from './portal/portal-pages';
import { siteFrame } from './portal/site-frame';
import { siteReads } from './portal/site-reads';
import { contentRouter } from './router';
import { contentSearch } from './search/content-search';
import { contentSystem } from './system';

const reading = ['unit.read', 'content.read'] as const;

export const contentTeam = defineTeam({
  name: 'content',
  router: contentRouter,
  // content.purge (removing from the recycle bin for good) is held by the admin roles alone, which hold all.
  permissions: ['content.read', 'content.write', 'content.review', 'content.manage', 'content.purge'],
  roles: {
    content_editor: [...reading, 'content.write'],
    // Reviewers edit and decide: they may change an article and publish or archive it.
    reviewer: [...reading, 'content.write', 'content.review'],
    branch_secretary: ['content.read', 'content.write', 'content.review'],
    member: ['content.read'],
  },
  system: contentSystem,
  labels: contentLabels,
  messages: contentMessages,
  search: contentSearch,
  onStart: async (db) => {
    await fillTitleKeys(db);
    await repairSiteAt(db);
    await ensureArticleSearch(db);
  },
  onUnitCreated: (tx, unit) => createDefaultColumns(tx, unit.id),
  publicPages: portalPages,
  siteFrame: { frame: (db) => (code, origin) => siteFrame(db, code, origin), reads: siteReads },
  bench: () => import('./bench').then((m) => m.contentBenchCases),
  fixture: () => import('./fixture').then((m) => m.contentFixture),
  remote: {
    name: 'content',
    dist: 'apps/content/dist',
    exposes: './App',
    basePath: '/content',
    // The overview's cards: the dashboard's (apps/content/src/widgets.ts), the user's own page's (home-widgets.ts).
    // Column freshness is for those who decide what is published (every member reads articles); the drafts and the
    // review queue wait for their writers and reviewers; the latest news is every reader's.
    widgets: [
      {
        id: 'freshness',
        title: { 'zh-CN': '栏目更新', 'en-US': 'Column freshness' },
        permission: 'content.review',
      },
      {
        id: 'drafts',
        title: { 'zh-CN': '我的稿件', 'en-US': 'My articles' },
        permission: 'content.write',
        home: 'work',
      },
      {
        id: 'review',
        title: { 'zh-CN': '待审稿件', 'en-US': 'Review queue' },
        permission: 'content.review',
        home: 'work',
      },
      {
        id: 'news',
        title: { 'zh-CN': '本单位最新动态', 'en-US': 'Latest news' },
        permission: 'content.read',
        home: 'own',
      },
    ],
    menu: [
      {
        path: '/content/articles',
        icon: menuIcon(FileTextOutlined),
        label: { 'zh-CN': '文章管理', 'en-US': 'Articles' },
        permission: 'content.read',
      },
      {
        path: '/content/columns',
        icon: menuIcon(AppstoreOutlined),
        label: { 'zh-CN': '栏目管理', 'en-US': 'Columns' },
        permission: 'content.read',
      },
      {
        path: '/content/freshness',
        icon: menuIcon(FieldTimeOutlined),
        label: { 'zh-CN': '更新监测', 'en-US': 'Column freshness' },
        permission: 'content.read',
      },
      {
        path: '/content/documents',
        icon: menuIcon(BookOutlined),
        label: { 'zh-CN': '文档资料', 'en-US': 'Documents' },
        permission: 'content.read',
      },
      {
        path: '/content/recommendations',
        icon: menuIcon(MailOutlined),
        label: { 'zh-CN': '推荐审核', 'en-US': 'Recommendations' },
        permission: 'content.review',
      },
      {
        path: '/content/recycle-bin',
        icon: menuIcon(DeleteOutlined),
        label: { 'zh-CN': '回收站', 'en-US': 'Recycle bin' },
        permission: 'content.review',
      },
      {
        path: '/content/words',
        icon: menuIcon(StopOutlined),
        label: { 'zh-CN': '敏感词', 'en-US': 'Sensitive words' },
        permission: 'content.write',
      },
    ],
  },
});
