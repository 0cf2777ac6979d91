import type { domain as zh } from '../zh-CN/domain';

/** Same keys as zh-CN, so a missing English label is a type error. */
export const domain: { [Group in keyof typeof zh]: Record<keyof (typeof zh)[Group], string> } = {
  unitKind: { municipality: 'Municipality', township: 'Township', branch: 'Branch', group: 'Group' },
  role: {
    municipal_admin: 'Municipal admin',
    township_admin: 'Township admin',
    branch_secretary: 'Branch secretary',
    member: 'Member',
  },
  /** Audit log action codes, as services record them. */
  auditAction: {
    'auth.login': 'Signed in',
    'auth.logout': 'Signed out',
    'auth.loginFailed': 'Failed sign-in',
    'auth.loginDisabled': 'Sign-in to a disabled account',
    'auth.lockout': 'Account locked',
    'auth.changePassword': 'Changed password',
    'user.create': 'Created user',
    'user.update': 'Updated user',
    'user.resetPassword': 'Reset password',
    'user.unlock': 'Unlocked account',
    'user.import': 'Imported users',
    'user.setLocale': 'Changed language',
    'grant.add': 'Granted role',
    'grant.remove': 'Revoked role',
    'unit.create': 'Created unit',
    'unit.rename': 'Renamed unit',
    'unit.move': 'Moved unit',
    'unit.archive': 'Archived unit',
    'unit.restore': 'Restored unit',
    'unit.update': 'Updated unit details',
  },
};
