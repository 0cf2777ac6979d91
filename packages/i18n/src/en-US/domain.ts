export const domain = {
  unitKind: { municipality: 'municipality', township: 'township', branch: 'branch', group: 'group' },
  role: {
    municipal_admin: 'Municipal admin',
    township_admin: 'Township admin',
    branch_secretary: 'Branch secretary',
    content_editor: 'Content editor',
    reviewer: 'Reviewer',
    mailbox_handler: 'Mailbox handler',
    dues_officer: 'Dues officer',
    volunteer_coordinator: 'Volunteer coordinator',
    trainer: 'Trainer',
    member: 'Member',
  },
  articleStatus: { draft: 'Draft', review: 'In review', published: 'Published', archived: 'Archived' },
  cadence: { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' },
} as const;
