// The header's search over courses: a course of a branch of the caller's own township (where they manage training)
// is found by a part of its title, with its state and the path that opens it; the same in 东湖街道 (or an own
// township where the grant carries no training.manage) is not found, and the answer says nothing of it (no hit, no
// "more").
import type { Unit } from '@strata/db';
import { expect } from 'vitest';
import { uniqueName } from '../../../../tests/support/factories';
import { eachPlace, type Place, type ScopeCase, type ScopeTest } from '../../../../tests/support/scope-test';
import { addCourse } from '../support/training';

const branchOf = (p: Place): Unit => p.branches[0] as Unit;

/** A published course in the place's first branch, its title holding a word found nowhere else. */
async function courseIn(t: ScopeTest, p: Place) {
  const word = uniqueName('搜课').replace('-', '');
  const { course } = await addCourse(t.env, branchOf(p).id, { title: `${word}消防安全` });
  return { word, course };
}

export const scopeCases: Record<string, ScopeCase> = {
  'training.search.find': (t) =>
    eachPlace(
      t,
      'training.manage',
      async (p) => {
        const { word, course } = await courseIn(t, p);
        expect(await t.a.training.search.find({ q: word })).toEqual({
          hits: [
            {
              kind: 'course',
              id: course.id,
              title: `${word}消防安全`,
              detail: '已发布',
              unitName: branchOf(p).name,
              path: `/training/courses/${course.id}`,
            },
          ],
          more: { course: false },
        });
      },
      async (p) => {
        const { word } = await courseIn(t, p);
        expect(await t.a.training.search.find({ q: word })).toEqual({ hits: [], more: { course: false } });
      },
    ),
};
