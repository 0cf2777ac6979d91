// The mailbox team's registration: its router, permissions and roles, its words and its cross-scope operations.
import { defineTeam } from '@strata/api';
import { mailboxLabels, mailboxMessages } from './locales';
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
});
