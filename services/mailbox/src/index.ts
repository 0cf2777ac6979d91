export { mailboxRouter } from './router';
export { installMailboxSettings, type MailboxSettings, mailboxEnvironment, mailboxSettings } from './settings';
export { mailboxTeam } from './team';
