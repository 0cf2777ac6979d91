// The training team's part of the shell's bell: a learner's assignments due within a week and overdue. They concern
// the caller's own enrolments, so every signed-in account is asked (no permission) and the rows are found by the
// caller's account, through the team's system operation.
import { defineNotices } from '@strata/api';

export const trainingNotices = defineNotices({
  permission: null,
  kinds: {
    'zh-CN': { assignmentOverdue: '培训已逾期', assignmentDue: '培训即将到期' },
    'en-US': { assignmentOverdue: 'Training overdue', assignmentDue: 'Training due soon' },
  },
  list: (ctx) => ctx.system.training.learningAssignmentNotices(ctx.session.user.id, ctx.now()),
});
