// axe-core over a console page, for the walks that read every page of a role's menu (role-actions.spec.ts at
// 1440 px, phone.spec.ts at 390 px) and the sign-in page (accessibility.spec.ts): no serious or critical issue (names
// of controls, contrast, labels, landmarks, ARIA use); each issue found is one readable line: page, rule, impact,
// what it means and the elements it found.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import { motionDone } from './support';
import { expect, type Page } from './test';

/**
 * axe-core's script, evaluated once in each window it reads: a walk moves within the loaded console, so one copy serves
 * every page. A fresh copy for every analysis (as @axe-core/playwright injects it) cost the admin's walk 40 % more
 * time, in Chromium parsing it and in the runner sending it; the findings are the same (every page of the admin's menu
 * compared, violations and incomplete checks alike, 2026-12-06). Evaluated, not added as a script tag: the console's
 * CSP allows no inline script.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * The WCAG 2.1 A and AA rules over the whole document, every element each rule fails named (violations); of the rules
 * passed or not applicable axe names one element each (`resultTypes`): naming every element that passed (a selector
 * for each, on pages of hundreds of rows) was half the analysis, about 12 of the admin's walk's 50 s alone
 * (2026-12-08). What is checked, and what a violation reports, is the same.
 */
async function axeRun(page: Page): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    wcagTags,
  );
}

/**
 * The serious and critical issues on the page at rest, one readable line per issue: read mid-transition, a primary
 * button's text fading in measured a contrast of 1.1 (/dues/rules, 2026-12-05). At rest means with the pointer away
 * too: left where a walk last clicked, it hovers whatever the next page draws there (a row and its link button).
 */
export async function seriousIssues(page: Page, where: string): Promise<string[]> {
  await page.mouse.move(0, 0);
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

/** The page speaks Chinese (the demo's accounts read the console in Chinese): axe judges its language as such. */
export async function inChinese(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', /^zh/);
}
