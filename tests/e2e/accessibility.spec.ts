// axe-core over every console page, as an admin and as a member, in both widths: no serious or critical
// accessibility issue (names of controls, contrast, landmarks, ARIA use).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { menuRoutes, pageSettled, signIn } from './support';

async function seriousIssues(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

test('the sign-in page has no serious accessibility issue', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('login-username').waitFor();
  expect(await seriousIssues(page)).toEqual([]);
});

for (const [username, width] of [
  ['admin', 1440],
  ['dues', 1440],
  ['chengguan', 390],
] as const) {
  test(`every page is free of serious accessibility issues (${username}, ${width} px)`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, username, '/');
    const routes = await menuRoutes(page);
    expect(routes.length).toBeGreaterThan(2);
    const found: Record<string, unknown> = {};
    for (const path of routes) {
      await page.goto(path);
      await pageSettled(page, path);
      const issues = await seriousIssues(page);
      if (issues.length) found[path] = issues;
    }
    expect(found).toEqual({});
  });
}
