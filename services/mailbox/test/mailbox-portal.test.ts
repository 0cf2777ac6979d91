// The mailbox on a unit's site, over HTTP on both databases: the form and its one script, the challenge without which
// no letter is stored (and which serves one letter only), the receipt and its query code, following and rating by the
// code, the letters answered in public with the numbers in them masked, and every value the public writes shown as
// text, never as markup.
import { testProviders } from '@strata/db/testing';
import type { buildServer } from '@strata/gateway';
import { solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { testServer } from '../../../tests/support/test-server';
import { addLetter } from './support/letters';

describe.each(await testProviders())('the mailbox on the portal on %s', (provider) => {
  let env: TestEnv;
  let app: Awaited<ReturnType<typeof buildServer>>;
  let address = 0;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    app = await testServer(env, { MAILBOX_CHALLENGE_COMPLEXITY: '2000' });
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  /** A solved challenge, as the widget would send it. */
  async function solved() {
    const res = await app.inject({ url: '/site/chengguan/mailbox/challenge' });
    expect(res.headers['cache-control']).toBe('no-store');
    const challenge = res.json();
    const solution = await solveChallenge({ challenge, deriveKey });
    return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
  }

  /** Posts the form from an address of its own. */
  const post = (path: string, fields: Record<string, string>) =>
    app.inject({
      method: 'POST',
      url: path,
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      remoteAddress: `10.77.0.${++address}`,
    });

  const letter = {
    kind: 'complaint',
    title: '<script>alert(1)</script>路灯不亮',
    body: '幸福路的路灯已经坏了两周，联系电话13812345678，请尽快维修。<b>谢谢</b>',
    name: '孙八',
    phone: '13812345678',
    mayPublish: 'yes',
  };

  it('serves the form with its one script under a policy that allows only this origin', async () => {
    const res = await app.inject({ url: '/site/chengguan/mailbox' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.body).toContain(
      '<form class="letter-form" method="post" action="/site/chengguan/mailbox" enctype="multipart/form-data">',
    );
    expect(res.body).toContain('<script src="/site-assets/mailbox/altcha.js" defer></script>');
    const script = await app.inject({ url: '/site-assets/mailbox/altcha.js' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toContain('javascript');
    // Every site's navigation leads to its mailbox; other portal pages still run no script at all.
    const home = await app.inject({ url: '/site/chengguan/' });
    expect(home.body).toContain('href="/site/chengguan/mailbox"');
    expect(home.headers['content-security-policy']).not.toContain('script-src');
    expect((await app.inject({ url: '/site/no-such-site/mailbox' })).statusCode).toBe(404);
  });

  it('stores no letter without a solved challenge, and each solved challenge serves one letter', async () => {
    const before = await env.db.letter.count();
    const without = await post('/site/chengguan/mailbox', letter);
    expect(without.statusCode).toBe(400);
    expect(without.body).toContain('人机验证未通过');
    // What was typed stays in the form, as text.
    expect(without.body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;路灯不亮"');
    const forged = await post('/site/chengguan/mailbox', {
      ...letter,
      altcha: Buffer.from('{"x":1}').toString('base64'),
    });
    expect(forged.statusCode).toBe(400);
    expect(await env.db.letter.count()).toBe(before);

    const altcha = await solved();
    const sent = await post('/site/chengguan/mailbox', { ...letter, altcha });
    expect(sent.statusCode).toBe(200);
    expect(sent.headers['cache-control']).toBe('no-store');
    const code = /<p class="code">([0-9A-Z-]+)<\/p>/.exec(sent.body)?.[1];
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const stored = await env.db.letter.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(stored).toMatchObject({ unitId: env.seed.townships.chengguan!.id, kind: 'complaint', status: 'received' });
    expect(stored.submitterPhone).not.toContain('13812345678');
    // The same solution again is refused, and stores nothing.
    const again = await post('/site/chengguan/mailbox', { ...letter, title: '再来一次的标题', altcha });
    expect(again.statusCode).toBe(400);
    expect(await env.db.letter.count()).toBe(before + 1);

    // The code opens the letter, its title shown as text; a wrong code opens nothing.
    const followed = await post('/site/chengguan/mailbox/follow', { code: code!.toLowerCase() });
    expect(followed.statusCode).toBe(200);
    expect(followed.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;路灯不亮');
    expect(followed.body).not.toContain('<script>alert(1)');
    expect(followed.body).not.toContain('孙八');
    const wrong = await post('/site/chengguan/mailbox/follow', { code: 'ABCD-EFGH-JKMN-PQRS' });
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain('没有找到这个查询码');

    // Answered in public: the letter shows on the site's public letters, its phone number masked.
    const township = await env.as('chengguan');
    await township.mailbox.letters.accept({ id: stored.id });
    await township.mailbox.letters.reply({ id: stored.id, reply: '已安排维修，三日内修复。', public: true });
    const published = await app.inject({ url: '/site/chengguan/letters' });
    expect(published.statusCode).toBe(200);
    expect(published.body).toContain('已安排维修，三日内修复。');
    expect(published.body).toContain('138****5678');
    expect(published.body).not.toContain('13812345678');
    expect(published.body).toContain('&lt;b&gt;谢谢&lt;/b&gt;');

    // Rated by the holder: satisfied closes it.
    const rated = await post('/site/chengguan/mailbox/rate', { code: code!, rating: 'satisfied', comment: '' });
    expect(rated.statusCode).toBe(200);
    expect(rated.body).toContain('您的评价：满意');
    expect((await env.db.letter.findUniqueOrThrow({ where: { id: stored.id } })).status).toBe('closed');
  });

  it('shows a public reply without the letter its writer kept private, title included', async () => {
    const letter = await addLetter(env, env.seed.townships.chengguan!.id, {
      kind: 'help',
      title: '王家沟张大爷家屋顶漏雨',
      mayPublish: false,
    });
    const township = await env.as('chengguan');
    await township.mailbox.letters.accept({ id: letter.id });
    await township.mailbox.letters.reply({ id: letter.id, reply: '已联系村委上门修缮屋顶。', public: true });
    const page = await app.inject({ url: '/site/chengguan/letters' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('已联系村委上门修缮屋顶。');
    expect(page.body).not.toContain('王家沟张大爷家屋顶漏雨');
    expect(page.body).toContain(`求助来信 ${letter.number}`);
  });

  it('explains a refused field and keeps the rest', async () => {
    const res = await post('/site/chengguan/mailbox', { ...letter, title: '短', altcha: await solved() });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="title-error"');
    expect(res.body).toContain('幸福路的路灯已经坏了两周');
  });
});
