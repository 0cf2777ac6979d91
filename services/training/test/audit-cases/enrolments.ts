// One valid call of each staff mutation of enrolments and certificates, and the audit entry it must write: an
// assignment belongs to its people's unit (one person of a branch: that branch), withdrawing one to the learner's
// unit, revoking a certificate to the unit running the course.
import { addCertificate } from '../support/learning';
import { type AuditCase, byAdmin } from '../support/learning-audit';
import { addCourse, addEnrolment, addLearner } from '../support/training';

export const auditCases: Record<string, AuditCase> = {
  'training.enrolments.assign': byAdmin('trainingEnrolment.assign', async (env, branch) => {
    const { course } = await addCourse(env, env.seed.townships.chengguan!.id);
    const person = await addLearner(env, branch(3).id);
    return [
      branch(3),
      (c) => c.training.enrolments.assign({ courseId: course.id, userIds: [person.id], dueOn: '2099-12-31' }),
    ];
  }),
  'training.enrolments.unassign': byAdmin('trainingEnrolment.unassign', async (env, branch) => {
    const bundle = await addCourse(env, env.seed.townships.chengguan!.id);
    const enrolment = await addEnrolment(env, bundle, await addLearner(env, branch(4).id), {
      source: 'assigned',
      dueOn: '2099-12-31',
    });
    return [branch(4), (c) => c.training.enrolments.unassign({ id: enrolment.id })];
  }),
  'training.certificates.revoke': byAdmin('trainingCertificate.revoke', async (env, branch) => {
    const bundle = await addCourse(env, branch(5).id);
    const enrolment = await addEnrolment(env, bundle, await addLearner(env, branch(5).id));
    const certificate = await addCertificate(env, bundle, enrolment);
    return [branch(5), (c) => c.training.certificates.revoke({ id: certificate.id, reason: '成绩登记有误' })];
  }),
};
