// Roles and what they permit. A grant (role, unit) gives the role's permissions over the unit's subtree.
export const permissions = [
  'unit.read',
  'unit.manage',
  'user.read',
  'user.manage',
  'audit.read',
  'content.read',
  'content.write',
  'content.review',
  'content.manage',
  'mailbox.handle',
  'dues.manage',
  'volunteer.manage',
  'training.manage',
] as const;
export type Permission = (typeof permissions)[number];

const admin: Permission[] = [...permissions];
const staffBase: Permission[] = ['unit.read', 'content.read'];

export const rolePermissions = {
  municipal_admin: admin,
  township_admin: admin,
  branch_secretary: [...staffBase, 'user.read', 'content.write', 'content.review', 'audit.read'],
  content_editor: [...staffBase, 'content.write'],
  // Reviewers edit and decide: they may change an article and publish or archive it.
  reviewer: [...staffBase, 'content.write', 'content.review'],
  mailbox_handler: [...staffBase, 'mailbox.handle'],
  dues_officer: [...staffBase, 'dues.manage'],
  volunteer_coordinator: [...staffBase, 'volunteer.manage'],
  trainer: ['unit.read', 'training.manage'],
  member: ['unit.read', 'content.read'],
} satisfies Record<string, Permission[]>;

export type Role = keyof typeof rolePermissions;
export const roles = Object.keys(rolePermissions) as Role[];
/** Own keys only: "constructor" or "__proto__" are keys of every object, not roles. */
export const isRole = (value: string): value is Role => Object.hasOwn(rolePermissions, value);

/** Roles that may only be held at the top of the tree. */
export const rootOnlyRoles: Role[] = ['municipal_admin'];
