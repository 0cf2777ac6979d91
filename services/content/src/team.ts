// The content team's registration: its router, the columns every new unit starts with, and its remote.
import { defineTeam } from '@strata/api';
import { createDefaultColumns } from './columns/default-columns';
import { contentRouter } from './router';

export const contentTeam = defineTeam({
  name: 'content',
  router: contentRouter,
  onUnitCreated: (tx, unit) => createDefaultColumns(tx, unit.id),
  remote: {
    name: 'content',
    dist: 'apps/content/dist',
    exposes: './App',
    basePath: '/content',
    menu: [
      {
        path: '/content/articles',
        icon: 'file-text',
        label: { 'zh-CN': '文章管理', 'en-US': 'Articles' },
        permission: 'content.read',
      },
      {
        path: '/content/columns',
        icon: 'appstore',
        label: { 'zh-CN': '栏目管理', 'en-US': 'Columns' },
        permission: 'content.read',
      },
    ],
  },
});
