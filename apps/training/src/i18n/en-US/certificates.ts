import type { certificates as zhCN } from '../zh-CN/certificates';

/** The training remote's certificates words (en-US): the same keys as zh-CN. */
export const certificates: typeof zhCN = {
  title: 'Certificates',
  tableLabel: 'Certificates',
  fileName: 'Certificates',
  none: 'No certificates yet. A certificate is issued here as soon as a learner meets a course’s completion criteria.',
  columns: {
    number: 'Number',
    learner: 'Learner',
    unit: 'Learner’s unit',
    course: 'Course',
    courseUnit: 'Run by',
    issuedAt: 'Issued',
    status: 'Status',
    revokedAt: 'Revoked',
  },
  status: { valid: 'Valid', revoked: 'Revoked' },
  filters: {
    q: 'Number or name',
    qPlaceholder: 'A whole number or a learner’s name',
    unit: 'Learner’s unit',
    status: 'Status',
  },
  verifyTitle: 'Open the public verification page of {{number}} in a new tab',
  revoke: 'Revoke',
  revokeTitle: 'Revoke {{name}}’s certificate {{number}}',
  revokeHint: 'A revoked certificate stays and verifies as revoked. It cannot be restored.',
  reason: 'Reason',
  reasonPlaceholder: 'e.g. the score was found to be wrong',
  confirmTitle: 'Revoke certificate {{number}}?',
  confirmText: 'Reason: {{reason}}. This cannot be undone.',
  keep: 'Keep it',
  revoked: 'Certificate revoked',
};
