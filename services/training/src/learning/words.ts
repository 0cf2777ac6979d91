// The learning area's words (a learner's own side): its error messages (training.<key>) and audit labels, in both
// languages (the en-US keys are checked against zh-CN's). Messages never quote what was typed.
const messages = {
  learningCourseNotOpen: '这门课程不存在或不对您开放报名',
  learningCourseArchived: '这门课程已停止报名',
  learningAlreadyEnrolled: '您已经报名了这门课程',
  learningLessonNotFound: '课时不存在，或不在您报名的课程中',
  learningEnrolmentNotFound: '报名记录不存在',
  learningWithdrawnNoStudy: '您已退出这门课程，请重新报名后再学习',
  learningAssignedNoWithdraw: '这门课程是单位指派给您的，不能自行退出；如需调整，请联系指派的单位',
  learningCompletedNoWithdraw: '您已经完成了这门课程，不能退出',
  learningAlreadyWithdrawn: '您已经退出了这门课程',
  learningEnrolmentChanged: '这条报名刚刚发生了变化，请刷新后重试',
};
const labels = {
  auditAction: {
    'trainingEnrolment.enrol': '报名培训课程',
    'trainingEnrolment.withdraw': '退出培训课程',
    'trainingLesson.complete': '学完课时',
  },
  auditEntity: {},
  auditField: {
    courseId: '课程',
    lessonId: '课时',
    lessonsDone: '已学课时',
    versionId: '课程版本',
    certificateNumber: '证书编号',
  },
};

export const learningWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      learningCourseNotOpen: 'This course does not exist or is not open to you',
      learningCourseArchived: 'This course takes no more enrolments',
      learningAlreadyEnrolled: 'You are already enrolled in this course',
      learningLessonNotFound: 'This lesson does not exist or is not in a course you are enrolled in',
      learningEnrolmentNotFound: 'This enrolment does not exist',
      learningWithdrawnNoStudy: 'You withdrew from this course: enrol again to go on',
      learningAssignedNoWithdraw:
        'Your unit assigned this course to you: you cannot withdraw yourself; ask the unit that assigned it',
      learningCompletedNoWithdraw: 'You have completed this course: it cannot be withdrawn from',
      learningAlreadyWithdrawn: 'You have already withdrawn from this course',
      learningEnrolmentChanged: 'This enrolment has just changed: refresh and try again',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {
        'trainingEnrolment.enrol': 'Enrol in a course',
        'trainingEnrolment.withdraw': 'Withdraw from a course',
        'trainingLesson.complete': 'Finish a lesson',
      } satisfies Record<keyof typeof labels.auditAction, string>,
      auditEntity: {},
      auditField: {
        courseId: 'Course',
        lessonId: 'Lesson',
        lessonsDone: 'Lessons done',
        versionId: 'Course version',
        certificateNumber: 'Certificate number',
      } satisfies Record<keyof typeof labels.auditField, string>,
    },
  },
};
