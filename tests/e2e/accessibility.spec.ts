// Accessibility beyond the page walks: the sign-in page has no serious axe issue, the check names each element of an
// issue it finds, and the console follows a reader's reduced-motion preference. Every page of a role's menu is
// analysed by axe where the role's walk reads it: the municipal admin's and a member's at 1440 px
// (role-actions.spec.ts), the admin's on a phone (phone.spec.ts).
import { inChinese, seriousIssues } from './axe';
import { motionDone, pageSettled, signIn } from './support';
import { expect, test } from './test';

test('the sign-in page has no serious accessibility issue', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('login-username').waitFor();
  await inChinese(page);
  expect((await seriousIssues(page, '/ (sign-in)')).join('\n')).toBe('');
});

test('the check names every element of a serious issue it finds, and leaves out the lesser ones', async ({ page }) => {
  // A page of its own (no console): two unnamed buttons and an image without a text, both critical; an xml:lang that
  // disagrees with lang, a WCAG failure axe rates moderate; a heading level skipped, a best practice outside the WCAG
  // rules read.
  await page.setContent(
    '<html lang="zh-CN" xml:lang="en"><head><title>探针</title></head><body><main><h1>探针</h1><h4>跳级</h4>' +
      '<button id="first"></button><button id="second"></button><img id="picture" src="data:,"></main></body></html>',
  );
  const issues = await seriousIssues(page, 'probe');
  expect(issues).toHaveLength(2);
  const [buttons, image] = [issues.find((i) => i.includes('button-name')), issues.find((i) => i.includes('image-alt'))];
  expect(buttons).toContain('(critical)');
  expect(buttons).toContain('#first');
  expect(buttons).toContain('#second');
  expect(image).toContain('#picture');
});

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
