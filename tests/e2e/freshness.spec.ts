// The freshness board as a township admin meets it: only the units of its own township, a column left alone
// past its cadence shown overdue, and a click on that cell lands on the article list of that unit and column.

import { apiAs, signIn } from './support';
import { expect, test } from './test';

test.describe.configure({ timeout: 180_000 });

type Unit = { id: number; name: string; parentId: number | null };
type Column = { id: number; key: string | null; name: string };

test('a township admin sees only its units and drills from an overdue column into its articles', async ({
  page,
  playwright,
}) => {
  const admin = await apiAs(playwright, 'chengguan');
  const units = await admin.data<Unit[]>(admin.query('identity.units.tree', {}));
  const township = units.find((u) => u.name === '城关镇');
  const branch = units.find((u) => u.name === '城关镇企业联合支部');
  expect(township && branch).toBeTruthy();
  // Its research column, made daily, last published (its window opened) five days ago: four days overdue.
  const columns = await admin.data<Column[]>(admin.query('content.columns.list', { unitId: branch?.id }));
  const research = columns.find((c) => c.key === 'research') as Column;
  await admin.data(admin.mutate('content.columns.update', { id: research.id, cadence: 'daily' }));
  const title = `更新监测端到端 ${Date.now()}`;
  const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000).toISOString();
  await admin.data(
    admin.mutate('content.articles.create', {
      columnId: research.id,
      title,
      body: '更新监测端到端测试的正文。',
      status: 'published',
      publishAt: fiveDaysAgo,
    }),
  );

  await signIn(page, 'chengguan', '/content/freshness');
  const table = page.getByTestId('freshness-table');
  await expect(table).toBeVisible({ timeout: 60_000 });
  // Every unit of 城关镇 (they all have columns), and nothing else: each row is keyed by its unit.
  const rows = table.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(units.length);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-row-key'))));
  expect(shown.sort((a, b) => a - b)).toEqual(units.map((u) => u.id).sort((a, b) => a - b));
  await expect(page.getByTestId('freshness-page')).not.toContainText('东湖街道');

  // The branch's research column in red, overdue by four days since the test's article, its newest. (Which unit is
  // stalest depends on the demo's dated columns; the order itself is the service's tests' to prove.)
  const cell = page.getByTestId(`freshness-cell-${branch?.id}-${research.id}`);
  await expect(cell).toHaveAttribute('data-state', 'overdue');
  await expect(cell).toContainText('超期 4 天');
  await expect(page.getByTestId('freshness-total-overdue')).toContainText('个栏目');

  await cell.click();
  await expect(page).toHaveURL(new RegExp(`/content/articles\\?.*unit=${branch?.id}`));
  expect(new URL(page.url()).searchParams.get('column')).toBe(String(research.id));
  // The column's articles: the test's, newest, first (the demo's older ones after it).
  const articles = page.getByTestId('article-table').locator('tbody tr.ant-table-row');
  await expect(articles.first()).toContainText(title);
  expect(await articles.count()).toBe(
    (
      await admin.data<{ total: number }>(
        admin.query('content.articles.list', { unitId: branch?.id, columnId: research.id }),
      )
    ).total,
  );
});
