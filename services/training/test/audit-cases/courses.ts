// One valid call of each courses mutation, and the audit entry it must write (tests/services/audit-coverage runs them:
// exactly one entry, its action, actor and unit): the township admin of 城关镇 working on a course of one of its
// branches, whose entries belong to the course's unit.
import { addFileRow, uniqueName } from '../../../../tests/support/factories';
import { addDraftVersion } from '../support/courses';
import { type AuditCase, byCourseAdmin } from '../support/courses-audit';
import { addCourse } from '../support/training';

const fields = { summary: '', category: 'office' as const, audience: 'unit' as const, isPublic: true, required: false };

export const auditCases: Record<string, AuditCase> = {
  'training.courses.create': byCourseAdmin(
    'course.create',
    1,
    async (_env, unit) => (c) =>
      c.training.courses.create({ unitId: unit.id, title: uniqueName('审计课程'), ...fields }),
  ),
  'training.courses.update': byCourseAdmin('course.update', 2, async (env, unit) => {
    const { course } = await addCourse(env, unit.id);
    return (c) => c.training.courses.update({ id: course.id, title: uniqueName('改名课程'), ...fields });
  }),
  'training.courses.archive': byCourseAdmin('course.archive', 3, async (env, unit) => {
    const { course } = await addCourse(env, unit.id);
    return (c) => c.training.courses.archive({ id: course.id });
  }),
  'training.courses.restore': byCourseAdmin('course.restore', 4, async (env, unit) => {
    const { course } = await addCourse(env, unit.id, { status: 'archived' });
    return (c) => c.training.courses.restore({ id: course.id });
  }),
  'training.courses.startDraft': byCourseAdmin('course.draftStart', 5, async (env, unit) => {
    const { course } = await addCourse(env, unit.id);
    return (c) => c.training.courses.startDraft({ courseId: course.id });
  }),
  'training.courses.updateCriteria': byCourseAdmin('course.criteria', 6, async (env, unit) => {
    const { version } = await addCourse(env, unit.id, { status: 'draft' });
    return (c) =>
      c.training.courses.updateCriteria({
        versionId: version.id,
        lessonsRequired: true,
        minScore: 60,
        sessionsRequired: 0,
      });
  }),
  'training.courses.publish': byCourseAdmin('course.publish', 1, async (env, unit) => {
    const bundle = await addCourse(env, unit.id);
    const draft = await addDraftVersion(env, bundle);
    return (c) => c.training.courses.publish({ versionId: draft.version.id });
  }),
  'training.courses.discardDraft': byCourseAdmin('course.draftDiscard', 2, async (env, unit) => {
    const bundle = await addCourse(env, unit.id);
    const draft = await addDraftVersion(env, bundle);
    return (c) => c.training.courses.discardDraft({ versionId: draft.version.id });
  }),
  'training.courses.addModule': byCourseAdmin('course.moduleAdd', 3, async (env, unit) => {
    const { version } = await addCourse(env, unit.id, { status: 'draft' });
    return (c) => c.training.courses.addModule({ versionId: version.id, title: '第二单元' });
  }),
  'training.courses.renameModule': byCourseAdmin('course.moduleRename', 4, async (env, unit) => {
    const { module } = await addCourse(env, unit.id, { status: 'draft' });
    return (c) => c.training.courses.renameModule({ id: module.id, title: '改名的单元' });
  }),
  'training.courses.moveModule': byCourseAdmin('course.moduleMove', 5, async (env, unit) => {
    const { version, module } = await addCourse(env, unit.id, { status: 'draft' });
    await env.db.courseModule.create({
      data: { versionId: version.id, unitId: unit.id, position: 2, title: '第二单元' },
    });
    return (c) => c.training.courses.moveModule({ id: module.id, to: 'down' });
  }),
  'training.courses.removeModule': byCourseAdmin('course.moduleRemove', 6, async (env, unit) => {
    const { version } = await addCourse(env, unit.id, { status: 'draft' });
    const empty = await env.db.courseModule.create({
      data: { versionId: version.id, unitId: unit.id, position: 2, title: '空单元' },
    });
    return (c) => c.training.courses.removeModule({ id: empty.id });
  }),
  'training.courses.addLesson': byCourseAdmin('course.lessonAdd', 1, async (env, unit) => {
    const { module } = await addCourse(env, unit.id, { status: 'draft' });
    const video = await addFileRow(env, unit.id, 'video');
    return (c) =>
      c.training.courses.addLesson({
        moduleId: module.id,
        kind: 'video',
        title: '演示视频',
        fileId: video.id,
        minutes: 15,
      });
  }),
  'training.courses.updateLesson': byCourseAdmin('course.lessonUpdate', 2, async (env, unit) => {
    const { lessons } = await addCourse(env, unit.id, { status: 'draft' });
    return (c) =>
      c.training.courses.updateLesson({ id: lessons[0]!.id, kind: 'text', title: '改过的课时', body: '<p>新内容</p>' });
  }),
  'training.courses.moveLesson': byCourseAdmin('course.lessonMove', 3, async (env, unit) => {
    const { lessons } = await addCourse(env, unit.id, { status: 'draft' });
    return (c) => c.training.courses.moveLesson({ id: lessons[2]!.id, to: 1 });
  }),
  'training.courses.removeLesson': byCourseAdmin('course.lessonRemove', 4, async (env, unit) => {
    const { lessons } = await addCourse(env, unit.id, { status: 'draft' });
    return (c) => c.training.courses.removeLesson({ id: lessons[1]!.id });
  }),
};
