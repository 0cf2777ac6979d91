// A learner's bell: assignments overdue first (news since their due day ended), then those due within a week (news a
// week before the day, or when assigned if later), each kind by due day; keys change with the due day.
import { describe, expect, it } from 'vitest';
import { assignmentNotices } from './assignment-notices';

/** A wall-clock time in Asia/Shanghai as an instant. */
const shanghai = (local: string) => new Date(`${local}+08:00`);

const row = (id: number, dueOn: string, enrolledAt = shanghai('2026-01-01T09:00:00')) => ({
  id,
  courseId: 100 + id,
  dueOn,
  enrolledAt,
  courseTitle: `课程${id}`,
  courseUnitName: '城关镇',
});

describe('assignment notices', () => {
  it('lists the overdue first, then those due soon, each by due day, with counts', () => {
    const today = '2026-03-10';
    const { items, counts } = assignmentNotices(
      [row(1, '2026-03-15'), row(2, '2026-03-09'), row(3, '2026-03-10'), row(4, '2026-03-01')],
      today,
    );
    expect(items.map((i) => [i.kind, i.title])).toEqual([
      ['assignmentOverdue', '课程4'],
      ['assignmentOverdue', '课程2'],
      ['assignmentDue', '课程3'],
      ['assignmentDue', '课程1'],
    ]);
    expect(counts).toEqual({ assignmentOverdue: 2, assignmentDue: 2 });
    expect(items[0]).toEqual({
      key: 'training:assignmentOverdue:4:2026-03-01',
      kind: 'assignmentOverdue',
      title: '课程4',
      unitName: '城关镇',
      // The day after the due day began, in Shanghai.
      at: shanghai('2026-03-02T00:00:00').toISOString(),
      path: '/training/learn/104',
    });
  });

  it('dates news of a due day from a week before, or from the assignment when it came later', () => {
    const { items } = assignmentNotices(
      [row(1, '2026-03-15'), row(2, '2026-03-16', shanghai('2026-03-12T15:30:00'))],
      '2026-03-10',
    );
    expect(items.map((i) => i.at)).toEqual([
      shanghai('2026-03-08T00:00:00').toISOString(),
      shanghai('2026-03-12T15:30:00').toISOString(),
    ]);
  });
});
