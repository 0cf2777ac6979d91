// The training remote's strings (namespace `training`), one part per area: `t('courses.title')`.
import { certificates } from './zh-CN/certificates';
import { common } from './zh-CN/common';
import { courses } from './zh-CN/courses';
import { enrolments } from './zh-CN/enrolments';
import { learn } from './zh-CN/learn';
import { quizzes } from './zh-CN/quizzes';
import { reports } from './zh-CN/reports';
import { sessions } from './zh-CN/sessions';

export const training = { common, courses, quizzes, learn, enrolments, sessions, reports, certificates };
