// axe-core over every console page, in Chinese: as an admin and as a member at 1440 px, as a township admin
// on a phone (390 px), and the sign-in page. No serious or critical issue (names of controls, contrast,
// labels, landmarks, ARIA use); a failure lists each issue readably: page, rule, impact, what it means and
// the elements it found.
import AxeBuilder from '@axe-core/playwright';
import { menuRoutes, motionDone, pageSettled, signIn, visit } from './support';
import { expect, type Page, test } from './test';

/**
 * The serious and critical issues on the page at rest, one readable line per issue: read mid-transition, a primary
 * button's text fading in measured a contrast of 1.1 (/dues/rules, 2026-12-05).
 */
async function seriousIssues(page: Page, where: string): Promise<string[]> {
  await motionDone(page);
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help}\n` +
        v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? ''}`)
          .join('\n'),
    );
}

async function inChinese(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
}

test('the sign-in page has no serious accessibility issue', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('login-username').waitFor();
  await inChinese(page);
  expect((await seriousIssues(page, '/ (sign-in)')).join('\n')).toBe('');
});

for (const [username, width] of [
  ['admin', 1440],
  ['member', 1440],
  ['chengguan', 390],
] as const) {
  test(`every page is free of serious accessibility issues (${username}, ${width} px)`, async ({ page }) => {
    // Every page of the role's menu (the municipal admin's is over fifty, training's among them), each analysed whole.
    test.setTimeout(720_000);
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, username, '/');
    const routes = await menuRoutes(page);
    expect(routes.length).toBeGreaterThan(2);
    const found: string[] = [];
    for (const path of routes) {
      await visit(page, path);
      await pageSettled(page, path);
      await inChinese(page);
      found.push(...(await seriousIssues(page, path)));
    }
    expect(found.join('\n')).toBe('');
  });
}
