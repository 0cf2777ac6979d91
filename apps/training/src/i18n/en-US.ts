// The training remote's strings (namespace `training`), one part per area: `t('courses.title')`.
import { certificates } from './en-US/certificates';
import { common } from './en-US/common';
import { courses } from './en-US/courses';
import { enrolments } from './en-US/enrolments';
import { learn } from './en-US/learn';
import { quizzes } from './en-US/quizzes';
import { reports } from './en-US/reports';
import { sessions } from './en-US/sessions';

export const training = { common, courses, quizzes, learn, enrolments, sessions, reports, certificates };
