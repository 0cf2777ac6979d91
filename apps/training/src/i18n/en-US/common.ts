import type { common as zhCN } from '../zh-CN/common';

/** Words every page of the training remote uses (en-US): the same keys as zh-CN. */
export const common: typeof zhCN = {
  none: '—',
  actions: 'Actions',
  minutes: '{{count}} min',
  score: '{{score}} points',
  percent: '{{value}}%',
  unit: 'Unit',
  course: 'Course',
  learner: 'Learner',
  overdue: 'Overdue',
  dueOn: 'Due',
  notFound: 'This page does not exist',
  back: 'Back',
  category: {
    site: 'Running a site',
    safety: 'Web safety and confidentiality',
    office: 'Office IT',
    member: 'Member education',
    other: 'Other',
  },
  audience: { unit: 'This unit only', subtree: 'This unit and the units below' },
  courseStatus: { draft: 'Draft', published: 'Published', archived: 'Archived' },
  versionStatus: { draft: 'Draft', published: 'Current', retired: 'Retired' },
  lessonKind: { text: 'Text', file: 'Document', video: 'Video', link: 'Link' },
  enrolmentStatus: { enrolled: 'Enrolled', in_progress: 'In progress', completed: 'Completed', withdrawn: 'Withdrawn' },
  enrolmentSource: { self: 'Self-enrolled', assigned: 'Assigned' },
  sessionStatus: { scheduled: 'Scheduled', cancelled: 'Cancelled' },
  questionKind: {
    single: 'Single choice',
    multiple: 'Multiple choice',
    truefalse: 'True or false',
    blank: 'Fill in the blank',
  },
  quizStatus: { draft: 'Draft', published: 'Published', closed: 'Closed' },
  attemptStatus: { open: 'In progress', submitted: 'Submitted', expired: 'Timed out' },
};
