// @vitest-environment happy-dom
// The activities list against a mocked API: it asks for the current unit's activities with the URL's filters and
// order, shows each activity's time in Shanghai, its places (confirmed of capacity, and who waits) and its state in
// words; creating one is offered only to an organiser of the unit.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ActivityListInput } from '../common/api-types';
import { activityRow, branch, township } from '../testing/fixtures';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, loadDialogs, renderWithApi, until } from '../testing/render-with-api';
import { ActivitiesPage } from './activities-page';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

const rows = [
  activityRow(1),
  activityRow(2, { title: '河道清洁', capacity: 10, confirmed: 10, waitlisted: 3, placesLeft: 0, status: 'draft' }),
  activityRow(3, {
    title: '周末义诊',
    mode: 'walkIn',
    capacity: null,
    placesLeft: null,
    confirmed: 0,
    status: 'closed',
  }),
];

async function openList(allowed: Record<string, number[]> = {}, at = '/volunteers/activities', answers: Answers = {}) {
  const drawn = renderWithApi(<ActivitiesPage basePath="/volunteers" unitId={township} />, {
    answers: {
      'volunteers.activities.list': () => ({ items: rows, total: rows.length, totalIsBound: false }),
      ...answers,
    },
    at,
    route: '/volunteers/activities',
    access: accessOf({ 'volunteers.read': [township, branch], ...allowed }, township),
  });
  await until(() => byTestId('activity-link-3') !== null, 'the activities');
  return drawn;
}

const text = (testId: string) => byTestId(testId)?.textContent;

describe('the activities list', { timeout: 30_000 }, () => {
  it('asks for the current unit’s activities with the URL’s filters and order', async () => {
    const drawn = await openList(
      {},
      '/volunteers/activities?q=敬老&status=published&from=2026-12-01&sort=title&order=asc&page=2',
    );
    const asked = drawn.calls.filter((c) => c.path === 'volunteers.activities.list').map((c) => c.input);
    expect(asked[0] as ActivityListInput).toEqual({
      unitId: township,
      q: '敬老',
      status: 'published',
      from: '2026-12-01',
      sort: 'title',
      order: 'asc',
      page: 2,
      pageSize: 20,
    });
  });

  it('shows each activity’s time in Shanghai, its places and its state in words', async () => {
    await openList();
    expect(byTestId('activity-link-1')?.getAttribute('href')).toBe('/volunteers/activities/1');
    expect(document.body.textContent).toContain('2026/12/5 09:00 – 11:30');
    expect(text('activity-places-1')).toBe('12/20');
    expect(text('activity-places-2')).toBe('10/10，候补 3 人');
    expect(text('activity-places-3')).toBe('不限名额，已确认 0 人');
    expect(text('activity-status-1')).toBe('已发布');
    expect(text('activity-status-2')).toBe('草稿');
    expect(text('activity-status-3')).toBe('已结项');
  });

  it('offers a new activity only to an organiser of the unit', async () => {
    await openList();
    expect(byTestId('activities-create')).toBeNull();
    document.body.innerHTML = '';
    await openList({ 'volunteers.organise': [township] });
    expect(byTestId('activities-create')?.getAttribute('data-permission')).toBe('volunteers.organise');
    expect(byTestId('activities-create')?.getAttribute('data-unit')).toBe(String(township));
  });
});
