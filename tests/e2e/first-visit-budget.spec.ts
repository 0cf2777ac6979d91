// The first visit's JavaScript (sign-in page, overview, articles page), measured on the wire in a fresh browser
// context by scripts/bench/first-visit.ts, must stay within budgets.json: per step and in total, for a browser
// that accepts brotli and for one that accepts only gzip. The budgets only move down (README, "First-visit budget").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { encodings, measureFirstVisit, steps } from '../../scripts/bench/first-visit';
import { expect, test } from './test';

const bytes = z.number().int().positive();
const budgetsSchema = z.object(
  Object.fromEntries(
    encodings.map((encoding) => [
      encoding,
      z.object({ ...Object.fromEntries(steps.map((s) => [s, bytes])), total: bytes }),
    ]),
  ) as Record<(typeof encodings)[number], z.ZodObject<Record<(typeof steps)[number] | 'total', typeof bytes>>>,
);
const budgets = budgetsSchema.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../budgets.json'), 'utf8')),
);

// A whole visit in three steps, each waiting for the network to fall quiet: longer than one page's test.
test.describe.configure({ timeout: 180_000 });

for (const encoding of encodings) {
  test(`the first visit's JavaScript stays within budgets.json (${encoding})`, async ({ browser, baseURL }) => {
    const visit = await measureFirstVisit(browser, baseURL as string, encoding);
    const budget = budgets[encoding];
    for (const step of visit.steps) {
      expect
        .soft(step.bytes, `${step.step}: ${step.files} files, ${step.bytes} B (${encoding})`)
        .toBeLessThanOrEqual(budget[step.step]);
    }
    expect.soft(visit.total.bytes, `whole visit (${encoding})`).toBeLessThanOrEqual(budget.total);
    // The sign-in page asks for its scripts up front (modulepreload), none found only once another has run.
    const signIn = visit.steps.find((s) => s.step === 'signIn');
    const late = signIn?.scripts.filter((s) => !s.preloaded) ?? [];
    expect(late.map((s) => s.path)).toEqual([]);
  });
}
