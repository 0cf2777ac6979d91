import type { shell as zh } from '../zh-CN/shell';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** The shell's own screens: login, layout and overview (the organisation, users and audit pages carry their own). */
export const shell: Messages<typeof zh> = {
  appName: 'Strata Organisation Console',
  login: {
    title: 'Sign in',
    subtitle: 'Municipality, township and branch administration',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    usernameRequired: 'Please enter your username',
    passwordRequired: 'Please enter your password',
    sessionEnded: 'Your session has ended. Sign in again to return to the page you were on.',
  },
  password: {
    changeTitle: 'Change password',
    mustChange: 'This is your first sign-in or your password was reset: please set a new password',
    current: 'Current password',
    next: 'New password',
    repeat: 'Repeat new password',
    rule: 'At least 10 characters, with both letters and digits',
    mismatch: 'The two new passwords do not match',
    notStrong: 'The password does not meet the rule above',
    changed: 'Password changed; sessions on other devices were signed out',
  },
  menu: {
    overview: 'Overview',
    units: 'Organisation',
    users: 'Users & grants',
    audit: 'Audit log',
  },
  header: {
    openMenu: 'Open the menu',
    closeMenu: 'Close the menu',
    userMenu: 'Account menu: {{name}}',
    currentUnit: 'Current unit',
    noUnit: 'No unit available',
    language: 'Language',
    changePassword: 'Change password',
    logout: 'Sign out',
    loggedOut: 'Signed out',
  },
  bell: {
    label: 'Notifications',
    markAllRead: 'Mark all read',
  },
  search: {
    label: 'Search',
    placeholder: 'A name, a title or a number',
    hint: 'Searches {{kinds}}',
    keys: '↑↓ to choose, Enter to open, Esc to close; Ctrl+K (⌘K on a Mac) searches from anywhere',
    empty: 'Nothing found for “{{q}}”',
    more: 'There are more: type more words to narrow it down',
    failed: '{{source}} cannot be searched right now',
  },
  overview: {
    welcome: 'Welcome, {{name}}',
    grants: 'Your grants',
    figures: '{{unit}} and below',
    units: 'Units',
    users: 'Users',
    widgetUnavailable: 'These figures could not be loaded',
    viewMine: 'For me',
    viewCards: 'Dashboard',
    viewRanking: 'Units below',
    export: 'Export',
    exportFailed: 'Export failed: {{error}}',
    nothingMine: 'Nothing waits for you here',
    noGrants: 'No grants',
    screen: 'Large screen',
  },
  remote: {
    names: { content: 'Content management' } as Record<string, string>,
    loading: 'Loading {{name}}…',
    unavailableTitle: '{{name}} is temporarily unavailable',
    unavailableHint:
      'This section cannot be loaded right now; the rest of the console keeps working. Please retry later.',
    incompatible:
      'This section was built for other versions than the console provides ({{needs}}): its team must rebuild it or roll it back. The rest of the console keeps working.',
    manifestFailed: 'Cannot load the module manifest; extension modules are unavailable',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to overview',
  },
};
