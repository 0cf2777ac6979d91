// The network in the console: a township shares a published article with its branches from the article's page, a
// branch's article recommended up is accepted into a column on the recommendations page, and the list counts the
// sites each article shows on.

import { apiAs, chooseOption, signIn, submitDialog } from './support';
import { expect, test } from './test';

test('a township shares an article down and accepts one recommended up', async ({ page, playwright }) => {
  const api = await apiAs(playwright, 'chengguan');
  const units = await api.data<{ id: number; name: string; parentId: number | null }[]>(
    api.query('identity.units.tree', {}),
  );
  const township = units.find((u) => u.name === '城关镇')!;
  const branch = units.find((u) => u.parentId === township.id)!;
  const columnOf = async (unitId: number) =>
    (await api.data<{ id: number; name: string }[]>(api.query('content.columns.list', { unitId })))[0]!;
  const stamp = Date.now() % 100000;
  const shared = await api.data<{ id: number }>(
    api.mutate('content.articles.create', {
      columnId: (await columnOf(township.id)).id,
      title: `共享给下级的文章 ${stamp}`,
      body: '<p>正文</p>',
      status: 'published',
    }),
  );

  await signIn(page, 'chengguan', `/content/articles/${shared.id}`);
  const panel = page.getByTestId('placement-panel');
  await expect(panel).toContainText('还没有其他网站显示这篇文章');
  await panel.getByTestId('placement-share').click();
  await submitDialog(page);
  await expect(panel).toContainText(branch.name);
  await expect(panel).toContainText('已显示');

  const recommended = await api.data<{ id: number }>(
    api.mutate('content.articles.create', {
      columnId: (await columnOf(branch.id)).id,
      title: `推荐给上级的文章 ${stamp}`,
      body: '<p>正文</p>',
      status: 'published',
    }),
  );
  await api.data(api.mutate('content.placements.recommend', { articleId: recommended.id, note: '值得推广' }));
  await page.goto('/content/recommendations');
  const row = page.getByRole('row', { name: new RegExp(`推荐给上级的文章 ${stamp}`) });
  await expect(row).toContainText('值得推广');
  await row.getByRole('button', { name: '采用', exact: true }).click();
  const form = page.getByTestId('recommendation-accept-form');
  await chooseOption(page, form.getByRole('combobox'), (await columnOf(township.id)).name);
  await submitDialog(page);
  await expect(page.getByText('已采用')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`推荐给上级的文章 ${stamp}`) })).toHaveCount(0);

  // The list counts the other sites each shows on.
  await page.goto(`/content/articles?q=${encodeURIComponent(`给上级的文章 ${stamp}`)}`);
  await expect(page.getByTestId('article-table').getByRole('row', { name: /推荐给上级的文章/ })).toContainText('1');
});
