// For the spine's own unit tests: a made-up team, so roles and scope rules are tested without a real one.
import { RoleCatalog, type RoleContribution } from './roles';

/** A "notes" team: its own editor and reviewer roles, and what members and branch secretaries gain. */
export const notesTeam = {
  permissions: ['notes.read', 'notes.write', 'notes.review'],
  roles: {
    note_editor: ['unit.read', 'notes.read', 'notes.write'],
    note_reviewer: ['unit.read', 'notes.read', 'notes.write', 'notes.review'],
    branch_secretary: ['notes.read', 'notes.write'],
    member: ['notes.read'],
  },
} as const satisfies RoleContribution;

/** The core's roles plus the notes team's. */
export const notesCatalog = new RoleCatalog([notesTeam]);
