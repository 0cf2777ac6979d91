// Reply templates on both databases: a title is kept up to the limit the console's form counts with
// (letterLimits.templateTitleMax, one constant for both), and one character more is refused with nothing saved,
// when a template is made and when it is changed.
import { letterLimits } from '@strata/contract';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { uniqueName } from '../../../tests/support/factories';

describe.each(await testProviders())('a reply template on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  const township = () => env.seed.townships.chengguan!;
  /** A title of exactly `length` characters, unique to the test (its start), padded with Chinese text. */
  const titleOf = (length: number) => uniqueName('模板').padEnd(length, '答').slice(0, length);

  it('keeps a title of the longest length, and refuses one character more, saving nothing', async () => {
    const handler = await env.as('chengguan');
    const longest = titleOf(letterLimits.templateTitleMax);
    const made = await handler.mailbox.templates.create({ unitId: township().id, title: longest, body: '您好。' });
    expect((await env.db.replyTemplate.findUniqueOrThrow({ where: { id: made.id } })).title).toBe(longest);

    const tooLong = titleOf(letterLimits.templateTitleMax + 1);
    await expect(
      handler.mailbox.templates.create({ unitId: township().id, title: tooLong, body: '您好。' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await env.db.replyTemplate.count({ where: { title: tooLong } })).toBe(0);
  });

  it('holds a changed title to the same limit', async () => {
    const handler = await env.as('chengguan');
    const title = titleOf(20);
    const made = await handler.mailbox.templates.create({ unitId: township().id, title, body: '您好。' });
    const tooLong = titleOf(letterLimits.templateTitleMax + 1);
    await expect(handler.mailbox.templates.update({ id: made.id, title: tooLong, body: '改' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await env.db.replyTemplate.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      title,
      body: '您好。',
    });
    const longest = titleOf(letterLimits.templateTitleMax);
    await handler.mailbox.templates.update({ id: made.id, title: longest, body: '改' });
    expect(await env.db.replyTemplate.findUniqueOrThrow({ where: { id: made.id } })).toMatchObject({
      title: longest,
      body: '改',
    });
  });
});
