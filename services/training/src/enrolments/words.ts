// The enrolments area's words (the staff side): its error messages (training.<key>) and audit labels, in both
// languages (the en-US keys are checked against zh-CN's). Messages never quote what was typed or a person's name.
const messages = {
  assignDayInvalid: '请输入有效的截止日期（年-月-日）',
  assignDueInPast: '截止日期不能早于今天',
  assignCourseClosed: '这门课程尚未发布或已停止报名，不能指派',
  assignLearnersNotFound: '所选人员中有 {{count}} 人不存在或不在您的管理范围内，本次没有指派任何人',
  assignLearnersDisabled: '所选人员中有 {{count}} 人的账号已停用，本次没有指派任何人',
  assignNotOpen: '这门课程不对所选人员中 {{count}} 人所在的单位开放，本次没有指派任何人',
  assignConflict: '所选人员中有人的报名记录正在被同时修改，或登记在您管理范围以外的单位，本次没有指派任何人',
  unassignNotAssigned: '这是学员自行报名的课程，不是指派的，不能撤销指派',
  unassignCompleted: '学员已经完成这门课程，不能撤销指派',
  unassignWithdrawn: '这项指派已经撤销，或学员已经退出',
  unassignChanged: '这条报名刚刚发生了变化，请刷新后重试',
};
const labels = {
  auditAction: { 'trainingEnrolment.assign': '指派培训课程', 'trainingEnrolment.unassign': '撤销培训指派' },
  auditEntity: {},
  auditField: {
    dueOn: '截止日期',
    assigned: '新指派人数',
    updated: '更新截止日期人数',
    skipped: '已完成未指派人数',
    learners: '学员',
  },
};

export const enrolmentsWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      assignDayInvalid: 'Enter a valid due day (year-month-day)',
      assignDueInPast: 'The due day cannot be before today',
      assignCourseClosed: 'This course is not published or takes no more enrolments: it cannot be assigned',
      assignLearnersNotFound:
        '{{count}} of the chosen people do not exist or are outside your units: nobody was assigned',
      assignLearnersDisabled: '{{count}} of the chosen people have a disabled account: nobody was assigned',
      assignNotOpen: 'This course is not open to the units of {{count}} of the chosen people: nobody was assigned',
      assignConflict:
        'The enrolment of someone chosen is being changed at this moment, or is kept by a unit outside yours: nobody was assigned',
      unassignNotAssigned: 'The learner enrolled in this course themselves: there is no assignment to withdraw',
      unassignCompleted: 'The learner has completed this course: the assignment cannot be withdrawn',
      unassignWithdrawn: 'This assignment was already withdrawn, or the learner left the course',
      unassignChanged: 'This enrolment has just changed: refresh and try again',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {
        'trainingEnrolment.assign': 'Assign a course',
        'trainingEnrolment.unassign': 'Withdraw a course assignment',
      } satisfies Record<keyof typeof labels.auditAction, string>,
      auditEntity: {},
      auditField: {
        dueOn: 'Due',
        assigned: 'Newly assigned',
        updated: 'Due day changed',
        skipped: 'Completed, left out',
        learners: 'Learners',
      } satisfies Record<keyof typeof labels.auditField, string>,
    },
  },
};
