// Words every area of the training service uses: the answers for a course or enrolment that is missing or outside
// the caller's scope (the same words for both), and the audit log's names for the team's objects.
const messages = {
  courseNotFound: '课程不存在或不在您的管理范围内',
  enrolmentNotFound: '学员记录不存在或不在您的管理范围内',
  notEnrolled: '您还没有报名这门课程',
};
const labels = {
  auditAction: {},
  auditEntity: {
    Course: '课程',
    CourseVersion: '课程版本',
    CourseModule: '课程单元',
    Lesson: '课时',
    Enrolment: '学员报名',
    TrainingSession: '面授课',
    TrainingSeat: '面授课座位',
    QuestionBank: '题库',
    Question: '试题',
    Quiz: '测验',
    QuizAttempt: '测验作答',
    TrainingCertificate: '培训结业证书',
  },
  auditField: {},
};

export const commonWords = {
  'zh-CN': { messages, labels },
  'en-US': {
    messages: {
      courseNotFound: 'This course does not exist or is outside your units',
      enrolmentNotFound: 'This enrolment does not exist or is outside your units',
      notEnrolled: 'You are not enrolled in this course',
    } satisfies Record<keyof typeof messages, string>,
    labels: {
      auditAction: {},
      auditEntity: {
        Course: 'Course',
        CourseVersion: 'Course version',
        CourseModule: 'Course module',
        Lesson: 'Lesson',
        Enrolment: 'Enrolment',
        TrainingSession: 'Classroom session',
        TrainingSeat: 'Session seat',
        QuestionBank: 'Question bank',
        Question: 'Question',
        Quiz: 'Quiz',
        QuizAttempt: 'Quiz attempt',
        TrainingCertificate: 'Training certificate',
      } satisfies Record<keyof typeof labels.auditEntity, string>,
      auditField: {},
    },
  },
};
