// The review loop and the record of every save: an editor submits, a reviewer returns with a comment the editor
// reads or approves; a public window opens and closes by the clock alone; each content save keeps a revision,
// two revisions compare side by side, and an old one is restored as a new save.
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { addAccount, addArticle } from '../../../tests/support/factories';
import { repairSiteAt } from '../src/articles/repair-site-at.sql';

describe.each(await testProviders())('the article workflow on %s', (provider) => {
  let env: TestEnv;
  let columnId: number;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    columnId = (await env.db.column.findFirstOrThrow({ where: { unitId: env.seed.townships.chengguan!.id } })).id;
  });
  afterAll(() => env?.drop());

  it('a returned draft tells its author why; an approval publishes it', async () => {
    const editor = await env.as('editor');
    const reviewer = await env.as('reviewer');
    const draft = await editor.content.articles.create({ columnId, title: '送审文章', body: '正文', status: 'review' });
    await expect(
      reviewer.content.articles.review({ id: draft.id, decision: 'return', comment: '' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await reviewer.content.articles.review({ id: draft.id, decision: 'return', comment: '请补充图片来源' });
    const seen = await editor.content.articles.get({ id: draft.id });
    expect(seen).toMatchObject({
      status: 'draft',
      lastReview: { decision: 'returned', comment: '请补充图片来源', reviewerName: '城关镇审核员' },
    });
    // Editors submit, they do not decide.
    await editor.content.articles.update({ id: draft.id, status: 'review' });
    await expect(editor.content.articles.review({ id: draft.id, decision: 'approve' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const approved = await reviewer.content.articles.review({ id: draft.id, decision: 'approve' });
    expect(approved).toMatchObject({ status: 'published', siteState: 'live', lastReview: { decision: 'approved' } });
    expect(approved.publishedAt).not.toBeNull();
    const trail = await env.db.auditLog.findMany({ where: { entityId: String(draft.id), action: 'article.review' } });
    expect(trail).toHaveLength(2);
  });

  it('a scheduled window opens and closes by the clock, with no timer', async () => {
    const reviewer = await env.as('reviewer');
    const article = await reviewer.content.articles.create({
      columnId,
      title: '定时发布的文章',
      body: '正文',
      status: 'published',
      publishAt: '2027-01-10T08:00:00+08:00',
      unpublishAt: '2027-01-20T00:00:00+08:00',
    });
    const at = async (iso: string) => {
      env.setNow(new Date(iso));
      return (await reviewer.content.articles.get({ id: article.id })).siteState;
    };
    try {
      expect(await at('2027-01-10T07:59:59+08:00')).toBe('scheduled');
      expect(await at('2027-01-10T08:00:00+08:00')).toBe('live');
      expect(await at('2027-01-19T23:59:59+08:00')).toBe('live');
      expect(await at('2027-01-20T00:00:00+08:00')).toBe('ended');
      const row = (await reviewer.content.articles.list({ search: '定时发布' })).items[0];
      expect(row).toMatchObject({ siteState: 'ended', publishAt: '2027-01-10T00:00:00.000Z' });
    } finally {
      env.setNow(null);
    }
    await expect(
      reviewer.content.articles.update({ id: article.id, unpublishAt: '2027-01-01T00:00:00+08:00' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'unpublishAt' });
  });

  it('keeps siteAt, when an article shows on its site, in step with every save, on its placements too; start-up mends rows written around it', async () => {
    const editor = await env.as('editor');
    const reviewer = await env.as('reviewer');
    const siteAt = async (id: number) => {
      const row = await env.db.article.findUniqueOrThrow({ where: { id } });
      return { siteAt: row.siteAt, expected: row.publishAt ?? row.publishedAt };
    };
    /** The siteAt of each of the article's placements, which must be the article's. */
    const placedAt = async (id: number) => [
      ...new Set(
        (await env.db.articlePlacement.findMany({ where: { articleId: id } })).map(
          (p) => p.siteAt?.toISOString() ?? null,
        ),
      ),
    ];
    const draft = await editor.content.articles.create({ columnId, title: '何时上线', body: '正文', status: 'review' });
    expect(await siteAt(draft.id)).toEqual({ siteAt: null, expected: null });
    await reviewer.content.articles.review({ id: draft.id, decision: 'approve', comment: '' });
    const approved = await siteAt(draft.id);
    expect(approved.siteAt).toBeInstanceOf(Date);
    expect(approved.siteAt).toEqual(approved.expected);
    // Shared down: every new placement takes the article's time.
    await reviewer.content.placements.share({ articleId: draft.id });
    expect(await env.db.articlePlacement.count({ where: { articleId: draft.id } })).toBeGreaterThan(2);
    expect(await placedAt(draft.id)).toEqual([approved.siteAt?.toISOString()]);
    await reviewer.content.articles.update({ id: draft.id, publishAt: '2030-01-01T08:00:00+08:00' });
    expect((await siteAt(draft.id)).siteAt?.toISOString()).toBe('2030-01-01T00:00:00.000Z');
    expect(await placedAt(draft.id)).toEqual(['2030-01-01T00:00:00.000Z']);
    await reviewer.content.articles.update({ id: draft.id, publishAt: null });
    expect((await siteAt(draft.id)).siteAt).toEqual(approved.siteAt);
    expect(await placedAt(draft.id)).toEqual([approved.siteAt?.toISOString()]);
    const scheduled = await reviewer.content.articles.create({
      columnId,
      title: '定时上线',
      body: '正文',
      status: 'published',
      publishAt: '2030-02-01T08:00:00+08:00',
    });
    expect((await siteAt(scheduled.id)).siteAt?.toISOString()).toBe('2030-02-01T00:00:00.000Z');
    // Written around the service: repaired at start-up, and only what disagreed.
    await env.db.article.update({ where: { id: scheduled.id }, data: { siteAt: null } });
    const aPlacement = await env.db.articlePlacement.findFirstOrThrow({ where: { articleId: draft.id } });
    await env.db.articlePlacement.update({ where: { id: aPlacement.id }, data: { siteAt: null } });
    expect(await repairSiteAt(env.db)).toBe(2);
    expect((await siteAt(scheduled.id)).siteAt?.toISOString()).toBe('2030-02-01T00:00:00.000Z');
    expect(await placedAt(draft.id)).toEqual([approved.siteAt?.toISOString()]);
    expect(await repairSiteAt(env.db)).toBe(0);
  });

  it('keeps a revision per content save, compares two, and restores one as a new save', async () => {
    const reviewer = await env.as('reviewer');
    const editor = await env.as('editor');
    const article = await reviewer.content.articles.create({
      columnId,
      title: '有历史的文章',
      body: '<p>第一段</p><p>第二段</p>',
      status: 'published',
    });
    await reviewer.content.articles.update({ id: article.id, body: '<p>第一段</p><p>第二段改过</p><p>第三段</p>' });
    // A status change alone is a workflow step, not a revision.
    await reviewer.content.articles.update({ id: article.id, status: 'archived' });
    await reviewer.content.articles.update({ id: article.id, status: 'published' });
    const revisions = await editor.content.revisions.list({ articleId: article.id });
    expect(revisions.map((r) => r.number)).toEqual([2, 1]);
    const compared = await editor.content.revisions.compare({ articleId: article.id, from: 1, to: 2 });
    const body = compared.fields.find((f) => f.field === 'body');
    expect(body?.changed).toBe(true);
    expect(body?.rows.map((r) => r.changed)).toEqual([false, true, true]);
    // An editor restoring published content sends it back to review, as any edit of theirs would.
    const restored = await editor.content.revisions.restore({ articleId: article.id, number: 1 });
    expect(restored).toMatchObject({ body: '<p>第一段</p><p>第二段</p>', status: 'review' });
    const after = await editor.content.revisions.list({ articleId: article.id });
    expect(after[0]).toMatchObject({ number: 3, restoredFrom: 1, editorName: '城关镇内容编辑' });
    await expect(editor.content.revisions.restore({ articleId: article.id, number: 9 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses to submit or publish blocked words from the unit or above, and shows warned ones to the reviewer', async () => {
    const admin = await env.as('admin');
    const chengguan = await env.as('chengguan');
    const editor = await env.as('editor');
    const reviewer = await env.as('reviewer');
    const township = env.seed.townships.chengguan!.id;
    const city = (await env.db.unit.findFirstOrThrow({ where: { parentId: null } })).id;
    await admin.content.words.add({ unitId: city, word: '网络赌博', level: 'block' });
    await chengguan.content.words.add({ unitId: township, word: '内部资料', level: 'warn' });
    // A township adds to the list above it; it neither repeats nor removes a word of the municipality's.
    await expect(
      chengguan.content.words.add({ unitId: township, word: '网络赌博', level: 'warn' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const inherited = (await chengguan.content.words.list({ unitId: township })).find((w) => w.word === '网络赌博');
    expect(inherited).toMatchObject({ inherited: true, unitName: '江城市' });
    await expect(chengguan.content.words.remove({ id: inherited!.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // A draft may hold anything while it is written; submitting it is refused, naming the word.
    const draft = await editor.content.articles.create({ columnId, title: '打击网络赌博的通知', body: '正文' });
    await expect(editor.content.articles.update({ id: draft.id, status: 'review' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      field: 'title',
      message: expect.stringContaining('网络赌博'),
    });
    expect((await env.db.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('draft');
    await expect(
      reviewer.content.articles.create({
        columnId,
        title: '直接发布',
        body: '含有网络 赌博与网络赌博',
        status: 'published',
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', field: 'body' });

    // A warned word passes, and the reviewer sees it in context.
    const warned = await editor.content.articles.update({
      id: draft.id,
      title: '一份通知',
      body: '请勿外传内部资料。',
      status: 'review',
    });
    expect(warned.status).toBe('review');
    expect(warned.wordHits).toEqual([]);
    const seen = await reviewer.content.articles.get({ id: draft.id });
    expect(seen.wordHits).toEqual([
      { field: 'body', word: '内部资料', level: 'warn', before: '请勿外传', match: '内部资料', after: '。' },
    ]);
  });

  it('answers an author their own drafts, those returned to them and those in review, where they write', async () => {
    const chengguan = env.seed.townships.chengguan!;
    const branch = chengguan.branches[0]!;
    const branchColumn = (await env.db.column.findFirstOrThrow({ where: { unitId: branch.id } })).id;
    const editorAt = (unitId: number) => addAccount(env, { unitId, grants: [{ role: 'content_editor', unitId }] });
    const author = await editorAt(chengguan.id);
    const other = await editorAt(chengguan.id);
    const me = await env.as(author.username);
    const them = await env.as(other.username);
    const reviewer = await env.as('reviewer');
    const write = (title: string, status: 'draft' | 'review' = 'draft', column = columnId) =>
      me.content.articles.create({ columnId: column, title, body: '正文', status });
    // Each save is a moment of its own, so "newest" is not left to the clock's resolution.
    const changedAt = (id: number, hour: number) =>
      env.db.article.update({ where: { id }, data: { updatedAt: new Date(Date.UTC(2026, 10, 2, hour)) } });

    const first = await write('我的第一篇草稿');
    const second = await write('我的第二篇草稿', 'draft', branchColumn);
    // Returned: a draft whose latest decision is a return, with the reviewer's comment.
    const returned = await write('被退回的稿件', 'review');
    await reviewer.content.articles.review({ id: returned.id, decision: 'return', comment: '请补充活动时间和地点' });
    // Returned once, then approved and taken back to draft by a reviewer: its latest decision is no return.
    const approved = await write('通过后撤回为草稿', 'review');
    await reviewer.content.articles.review({ id: approved.id, decision: 'return', comment: '标题再斟酌' });
    await me.content.articles.update({ id: approved.id, status: 'review' });
    await reviewer.content.articles.review({ id: approved.id, decision: 'approve' });
    await reviewer.content.articles.update({ id: approved.id, status: 'draft' });
    // In review: submitted, and returned then submitted again (in review, not a returned draft).
    await write('等待审核的稿件', 'review');
    const again = await write('退回后再次送审', 'review');
    await reviewer.content.articles.review({ id: again.id, decision: 'return', comment: '请核对数字' });
    await me.content.articles.update({ id: again.id, status: 'review' });
    // Published: no longer in progress.
    const published = await write('已经发布的稿件', 'review');
    await reviewer.content.articles.review({ id: published.id, decision: 'approve' });
    await changedAt(first.id, 1);
    await changedAt(second.id, 3);
    await changedAt(approved.id, 2);
    await changedAt(returned.id, 0);

    // Not theirs: another author's draft and submission at the same unit; their own draft deleted (in the recycle
    // bin); and one they wrote at 东湖街道, where they hold no grant (the author alone does not make it theirs).
    await them.content.articles.create({ columnId, title: '别人的草稿', body: '正文', status: 'draft' });
    await them.content.articles.create({ columnId, title: '别人的送审稿', body: '正文', status: 'review' });
    const binned = await write('删除了的草稿');
    await env.db.article.update({ where: { id: binned.id }, data: { deletedAt: new Date() } });
    const elsewhere = await addArticle(env, env.seed.townships.donghu!.id);
    await env.db.article.update({ where: { id: elsewhere.id }, data: { authorId: author.id } });

    const mine = await me.content.articles.mine({ unitId: chengguan.id });
    expect(mine).toMatchObject({
      drafts: { total: 4, totalIsBound: false },
      returned: { total: 1, totalIsBound: false },
      review: { total: 2, totalIsBound: false },
    });
    // The returned draft first, then the most recently changed.
    expect(mine.items.map((i) => [i.id, i.returnComment])).toEqual([
      [returned.id, '请补充活动时间和地点'],
      [second.id, null],
      [approved.id, null],
      [first.id, null],
    ]);
    expect(mine.items[1]).toMatchObject({ title: '我的第二篇草稿', unitName: branch.name });
    expect(mine.items[0]?.columnName).toBe((await env.db.column.findUniqueOrThrow({ where: { id: columnId } })).name);
    // Without a unit, the same (their one grant); the other author has their own one draft and one submission.
    expect(await me.content.articles.mine({})).toEqual(mine);
    expect(await them.content.articles.mine({ unitId: chengguan.id })).toMatchObject({
      drafts: { total: 1 },
      returned: { total: 0 },
      review: { total: 1 },
    });
    // Narrowed to the branch: only the draft written there.
    const atBranch = await me.content.articles.mine({ unitId: branch.id });
    expect(atBranch.items.map((i) => i.id)).toEqual([second.id]);
    expect([atBranch.drafts.total, atBranch.returned.total, atBranch.review.total]).toEqual([1, 0, 0]);
    // 东湖街道 is no unit of theirs: refused as a missing one; a reader without content.write is refused.
    const refused = (call: Promise<unknown>) =>
      call.then(
        () => 'answered',
        (e: { code?: string }) => e.code,
      );
    expect(await refused(me.content.articles.mine({ unitId: env.seed.townships.donghu!.id }))).toBe('NOT_FOUND');
    expect(await refused(me.content.articles.mine({ unitId: 999_999 }))).toBe('NOT_FOUND');
    const member = await env.as('member');
    expect(await refused(member.content.articles.mine({}))).toBe('FORBIDDEN');
  });
});
