// The XSS corpus (@strata/text's xssPayloads, each of which sets window.__xss or opens a dialog if it ever runs)
// stored through the API as titles, summaries, bodies and link labels, then shown by every console page that
// draws them: nothing may run. The rows it stores flood its console's lists, so the file is named to run last.

import { xssPayloads } from '@strata/text';
import { apiAs, expectNothingRan, hasControlCharacters, signIn, watchForScripts } from './support';
import { expect as expectNow, test } from './test';

// Its pages draw a hundred rows of long payloads, in a browser that shares the machine's two cores with the other
// worker's walk through every page (role-actions.spec.ts runs beside it at the end): a page may take longer than the
// usual 15 s to show (a clean-clone run saw the remote still loading after 15 s). What is checked is that nothing
// runs, not how fast the page is.
const expect = expectNow.configure({ timeout: 60_000 });

test('stored XSS payloads never run in the console', async ({ page, playwright }) => {
  test.setTimeout(480_000);
  const admin = await apiAs(playwright, 'chengguan');
  const reviewer = await apiAs(playwright, 'reviewer');
  const units = await admin.data<{ id: number; name: string }[]>(admin.query('identity.units.tree', {}));
  const chengguan = units.find((u) => u.name === '城关镇')!;
  const column = await admin.data<{ id: number }>(
    admin.mutate('content.columns.create', {
      unitId: chengguan.id,
      name: `XSS ${Date.now() % 100000}`,
      cadence: 'none',
    }),
  );

  // One article per payload, titled and summarised with it (what fits); a payload a boundary refuses (control
  // characters) is refused before anything is stored, which is a pass too.
  let titles = 0;
  for (const [i, payload] of xssPayloads.entries()) {
    const res = await reviewer.mutate('content.articles.create', {
      columnId: column.id,
      title: `${i} ${payload}`.slice(0, 100),
      summary: payload.slice(0, 300),
      body: `<p>${i}</p>${payload}`,
      status: i % 2 ? 'published' : 'draft',
    });
    if (res.ok()) titles += 1;
    else expect(res.status(), `payload ${i}`).toBe(400);
  }
  expect(titles).toBeGreaterThanOrEqual(100);
  // Every payload in one body, and as the label of a link, saved twice so the history has a diff to draw.
  const everything = xssPayloads.filter((p) => !hasControlCharacters(p));
  const all = await reviewer.data<{ id: number }>(
    reviewer.mutate('content.articles.create', {
      columnId: column.id,
      title: '全部载荷',
      body: everything.map((p, i) => `<p>${i}</p>${p}<p><a href="https://example.org/${i}">${p}</a></p>`).join(''),
    }),
  );
  await reviewer.data(
    reviewer.mutate('content.articles.update', {
      id: all.id,
      body: everything.map((p) => `<blockquote>${p}</blockquote>`).join(''),
    }),
  );

  const ran = watchForScripts(page);
  // The detector itself: a payload that does run is seen, as a mark and as a dialog.
  await page.setContent('<img src=x onerror="window.__xss=1; alert(1)">');
  await expect(expectNothingRan(page, ran, 'a page built to fail')).rejects.toThrow();
  ran.dialogs.length = 0;
  await signIn(page, 'reviewer', `/content/articles?column=${column.id}&size=100`);
  await expect(page.getByTestId('article-table')).toContainText('全部载荷');
  await expectNothingRan(page, ran, 'the article list, page 1');
  await page.goto(`/content/articles?column=${column.id}&size=100&page=2`);
  await expect(page.getByTestId('article-table')).toBeVisible();
  await expectNothingRan(page, ran, 'the article list, page 2');

  await page.goto(`/content/articles/${all.id}`);
  await expect(page.getByTestId('article-body')).toBeVisible();
  await expectNothingRan(page, ran, 'the editor with every payload in its body');

  await page.goto(`/content/articles/${all.id}/history`);
  await expect(page.getByTestId('revision-diff')).toBeVisible();
  await expectNothingRan(page, ran, 'the history and its diff');

  for (const i of [0, 33, 47, 90, 140, 200]) {
    const list = await reviewer.data<{ items: { id: number; title: string }[] }>(
      reviewer.query('content.articles.list', { columnId: column.id, search: `${i} `, pageSize: 5 }),
    );
    const article = list.items.find((a) => a.title.startsWith(`${i} `));
    if (!article) continue;
    await page.goto(`/content/articles/${article.id}`);
    await expect(page.getByTestId('article-title')).toBeVisible();
    await expectNothingRan(page, ran, `the editor of payload ${i}`);
  }

  // The audit log holds each article's before and after, bodies included; the township admin reads it.
  await signIn(page, 'chengguan', '/audit');
  await expect(page.getByRole('table')).toContainText('全部载荷');
  await expectNothingRan(page, ran, 'the audit log');
});
