// The mailbox team's registration: its router, permissions and roles, its words and its cross-scope operations.
import { defineTeam } from '@strata/api';
import { mailboxLabels, mailboxMessages } from './locales';
import { mailboxPages } from './portal/mailbox-pages';
import { mailboxNav, widgetAsset } from './portal/paths';
import { mailboxRouter } from './router';
import { mailboxSystem } from './system';

export const mailboxTeam = defineTeam({
  name: 'mailbox',
  router: mailboxRouter,
  // mailbox.manage (the deadlines of the whole tree) counts only at the top unit, where the municipal admin holds it.
  permissions: ['mailbox.read', 'mailbox.handle', 'mailbox.manage'],
  roles: {
    mailbox_handler: ['unit.read', 'mailbox.read', 'mailbox.handle'],
    branch_secretary: ['mailbox.read', 'mailbox.handle'],
  },
  system: mailboxSystem,
  labels: mailboxLabels,
  messages: mailboxMessages,
  remote: {
    name: 'mailbox',
    dist: 'apps/mailbox/dist',
    exposes: './App',
    basePath: '/mailbox',
    menu: [
      {
        path: '/mailbox/letters',
        icon: 'mail',
        label: { 'zh-CN': '来信办理', 'en-US': 'Letters' },
        permission: 'mailbox.read',
      },
      {
        path: '/mailbox/templates',
        // The shell's menu knows a fixed set of icons (shell/src/layout/remote-icon.tsx); 'file-text' is one of them.
        icon: 'file-text',
        label: { 'zh-CN': '答复模板', 'en-US': 'Reply templates' },
        permission: 'mailbox.read',
      },
      {
        path: '/mailbox/settings',
        icon: 'field-time',
        label: { 'zh-CN': '办理时限', 'en-US': 'Deadlines' },
        permission: 'mailbox.read',
      },
    ],
  },
  // On every unit's site: the letter form, following a letter by its code, the letters answered in public.
  publicPages: mailboxPages,
  siteNav: [mailboxNav],
  publicAssets: [widgetAsset],
  bench: () => import('./bench').then((m) => m.mailboxBenchCases),
  fixture: () => import('./fixture').then((m) => m.mailboxFixture),
});
