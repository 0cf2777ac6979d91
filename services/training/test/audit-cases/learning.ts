// One valid call of each of a learner's own mutations, and the audit entry it must write: enrolling, finishing a
// lesson, withdrawing, each entered at the learner's home unit (which keeps their enrolments), by their account.

import type { AuditCase } from '../support/learning-audit';
import { byLearner } from '../support/learning-audit';
import { addCourse, addEnrolment } from '../support/training';

export const auditCases: Record<string, AuditCase> = {
  'training.learning.enrol': byLearner('trainingEnrolment.enrol', async (env, _learner, home) => {
    const { course } = await addCourse(env, home.id);
    return (c) => c.training.learning.enrol({ courseId: course.id });
  }),
  'training.learning.completeLesson': byLearner('trainingLesson.complete', async (env, learner, home) => {
    const bundle = await addCourse(env, home.id);
    await addEnrolment(env, bundle, learner);
    return (c) => c.training.learning.completeLesson({ lessonId: bundle.lessons[0]!.id });
  }),
  'training.learning.withdraw': byLearner('trainingEnrolment.withdraw', async (env, learner, home) => {
    const bundle = await addCourse(env, home.id);
    const enrolment = await addEnrolment(env, bundle, learner);
    return (c) => c.training.learning.withdraw({ id: enrolment.id });
  }),
};
