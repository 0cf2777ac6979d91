// What the header's search finds of the training team: courses by title, read through the catalogue's own list
// (`courses.list`) in the caller's scope, so a hit is exactly a course the caller's course list shows. That list is
// the course editors' (training.manage), so the search asks for training.manage too: a caller holding only
// training.read could not open the course page a hit leads to. A course opens its page, `/training/courses/<id>`.
import { defineSearch, type FoundByKind } from '@strata/api';
import { type CourseStatus, searchLimits } from '@strata/contract';
import type { Locale } from '@strata/i18n';
import { courseFilter } from '../courses/course-schemas';
import { listCourses } from '../courses/list-courses';

/** A hit's second line: the course's state, as the course list words it. */
const statusWords: Record<Locale, Record<CourseStatus, string>> = {
  'zh-CN': { draft: '草稿', published: '已发布', archived: '已归档' },
  'en-US': { draft: 'Draft', published: 'Published', archived: 'Archived' },
};

export const trainingSearch = defineSearch({
  permission: 'training.manage',
  kinds: {
    'zh-CN': { course: '培训课程' },
    'en-US': { course: 'Courses' },
  },
  find: async (ctx, q): Promise<FoundByKind> => {
    // Parsed through the list's own filter, so the order is the one the list opens with (last changed first), and
    // without a unitId the list reads the caller's whole training.manage scope.
    const page = await listCourses(
      ctx.db,
      ctx.scope,
      courseFilter.parse({ q, page: 1, pageSize: searchLimits.perKind + 1 }),
    );
    const course = page.items.map((c) => ({
      kind: 'course',
      id: c.id,
      title: c.title,
      detail: statusWords[ctx.locale][c.status],
      unitName: c.unitName,
      path: `/training/courses/${c.id}`,
    }));
    return { course };
  },
});
