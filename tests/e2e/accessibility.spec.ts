// axe-core over every console page, in Chinese: as an admin and as a member at 1440 px, as a township admin
// on a phone (390 px), and the sign-in page. No serious or critical issue (names of controls, contrast,
// labels, landmarks, ARIA use); a failure lists each issue readably: page, rule, impact, what it means and
// the elements it found.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { menuRoutes, motionDone, pageSettled, signIn, visit } from './support';
import { expect, type Page, test } from './test';

/**
 * axe-core's script, evaluated once in each window it reads: a walk moves within the loaded console, so one copy serves
 * every page. A fresh copy for every analysis (as @axe-core/playwright injects it) cost the admin's walk 40 % more
 * time, in Chromium parsing it and in the runner sending it; the findings are the same (every page of the admin's menu
 * compared, violations and incomplete checks alike, 2026-12-06). Evaluated, not added as a script tag: the console's
 * CSP allows no inline script.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeRun(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    wcagTags,
  );
}

/**
 * The serious and critical issues on the page at rest, one readable line per issue: read mid-transition, a primary
 * button's text fading in measured a contrast of 1.1 (/dues/rules, 2026-12-05).
 */
async function seriousIssues(page: Page, where: string): Promise<string[]> {
  await motionDone(page);
  const result = await axeRun(page);
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

test('the account menu opens at once for a reader whose system asks for reduced motion, and slides otherwise', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await signIn(page, 'admin', '/');
  await pageSettled(page, '/');
  const menu = page.getByRole('menuitem', { name: /语言|Language/ });
  /** What moved (CSS animations and transitions of a finite, non-zero length) while the account menu opened and closed. */
  const movedWhileMenuOpens = async () => {
    await page.evaluate(() => {
      const watch = window as unknown as { __moved: Set<string>; __watching: boolean };
      watch.__moved = new Set();
      watch.__watching = true;
      const look = () => {
        for (const a of document.getAnimations()) {
          const length = Number(a.effect?.getComputedTiming().duration);
          if (Number.isFinite(length) && length > 0)
            watch.__moved.add(
              `${(a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty} on .${(a.effect as KeyframeEffect).target?.classList[0]}`,
            );
        }
        if (watch.__watching) requestAnimationFrame(look);
      };
      look();
    });
    await page.getByTestId('user-menu').click();
    await expect(menu).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await motionDone(page);
    return page.evaluate(() => {
      const watch = window as unknown as { __moved: Set<string>; __watching: boolean };
      watch.__watching = false;
      return [...watch.__moved];
    });
  };
  expect(await movedWhileMenuOpens(), 'the account menu opened and closed without motion').toEqual([]);
  // The reader's system changes its mind while the console is open: the console follows at once.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await movedWhileMenuOpens(), 'the account menu slides open and closed').toEqual(
    expect.arrayContaining([expect.stringMatching(/slide/i)]),
  );
});
