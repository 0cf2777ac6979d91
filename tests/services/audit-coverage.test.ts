// Every mutation of the merged router leaves exactly one audit entry, naming the right action, actor and unit
// (the unit the change belongs to; for the session's own account, the account's home unit). One successful
// call per mutation, from a table of valid inputs: a mutation without an entry fails, so a new one needs one.
// The units are chosen so that a wrong one shows: the caller's home (城关镇) is never the unit expected, and
// the session mutations run as an account at home in 东湖街道 whose grant is at 城关镇.
import type { Unit } from '@strata/db';
import { testProviders } from '@strata/db/testing';
import { appRouter, composition, demoPassword } from '@strata/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFile } from '../../services/content/test/support/file-rows';
import { addPayer, requestKey } from '../../services/dues/test/support/dues';
import { addPost, addTopic } from '../../services/mailbox/test/board-support';
import { addLetter } from '../../services/mailbox/test/support/letters';
import { memberCells, sheetRows } from '../../services/members/test/support/imports';
import { addMember, newMemberInput } from '../../services/members/test/support/members';
import { addAttachment, addLetter as addMemberLetter } from '../../services/members/test/support/transfers';
import { type Caller, createTestEnv, type TestEnv } from '../support/env';
import { addAccount, addArticle, addColumn, addUnit, uniqueName } from '../support/factories';

type Expected = { action: string; unitId: number; actorId: number };
/** Prepares one valid call: the caller, the call, and the entry it must write (`unitId` may need the result). */
type Valid = (
  env: TestEnv,
  units: { branch: (i: number) => Unit; home: Unit },
) => Promise<{
  caller: Caller;
  call: (c: Caller) => Promise<unknown>;
  expected: (result: unknown) => Expected;
}>;

const mutations = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([, p]) => p._def.type === 'mutation')
  .map(([path]) => path)
  .sort();

/** An account at home in a 东湖街道 branch, township admin of 城关镇: its own-account entries go to its home. */
const ownAccount =
  (action: string, call: (c: Caller, username: string) => Promise<unknown>, signedIn = true): Valid =>
  async (env, { home }) => {
    const user = await addAccount(env, {
      unitId: home.id,
      grants: [{ role: 'township_admin', unitId: env.seed.townships.chengguan!.id }],
    });
    return {
      caller: signedIn ? await env.as(user.username) : await env.anonymous({ ip: '10.99.0.1' }),
      call: (c) => call(c, user.username),
      expected: () => ({ action, unitId: home.id, actorId: user.id }),
    };
  };

/** A document with its first version, written directly. */
async function auditDocument(env: TestEnv, unitId: number) {
  const file = await addFile(env, unitId);
  return env.db.document.create({
    data: { unitId, title: '审计文档', category: '制度', versions: { create: { number: 1, fileId: file.id } } },
  });
}

type Prepared = { call: (c: Caller) => Promise<unknown>; unitId: (result: unknown) => number };
/** A call by the township admin of 城关镇, on rows of its branches, whose entry belongs to `unitId`. */
const byAdmin =
  (action: string, prepare: (env: TestEnv, branch: (i: number) => Unit) => Promise<Prepared>): Valid =>
  async (env, { branch }) => {
    const { call, unitId } = await prepare(env, branch);
    const actorId = env.seed.users.chengguan!;
    return { caller: await env.as('chengguan'), call, expected: (r) => ({ action, actorId, unitId: unitId(r) }) };
  };
const at = (unit: { id: number }) => () => unit.id;

/** A call by the municipal admin on rows of the top unit, whose entry belongs to the top unit. */
const byMunicipalAdmin =
  (action: string, prepare: (env: TestEnv, top: Unit) => Promise<(c: Caller) => Promise<unknown>>): Valid =>
  async (env) => {
    const top = await env.db.unit.findFirstOrThrow({ where: { parentId: null } });
    const call = await prepare(env, top);
    const actorId = env.seed.users.admin!;
    return { caller: await env.as('admin'), call, expected: () => ({ action, actorId, unitId: top.id }) };
  };

/** A published article of the unit, in the recycle bin since `daysAgo` days. */
const binnedArticle = async (env: TestEnv, unitId: number, daysAgo: number) =>
  env.db.article.update({
    where: { id: (await addArticle(env, unitId, 'published')).id },
    data: { deletedAt: new Date(Date.now() - daysAgo * 86_400_000) },
  });

const valid: Record<string, Valid> = {
  'identity.auth.login': ownAccount(
    'auth.login',
    (c, username) => c.identity.auth.login({ username, password: demoPassword }),
    false,
  ),
  'identity.auth.logout': ownAccount('auth.logout', (c) => c.identity.auth.logout()),
  'identity.auth.changePassword': ownAccount('auth.changePassword', (c) =>
    c.identity.auth.changePassword({ currentPassword: demoPassword, newPassword: 'Changed#2026pw' }),
  ),
  'identity.auth.setLocale': ownAccount('user.setLocale', (c) => c.identity.auth.setLocale({ locale: 'en-US' })),
  'identity.notices.markRead': ownAccount('notice.markRead', (c) =>
    c.identity.notices.markRead({ keys: ['mailbox:overdue:1:0'] }),
  ),

  // The entry of a new unit names the new unit, not its parent.
  'identity.units.create': byAdmin('unit.create', async (_env, branch) => ({
    call: (c) => c.identity.units.create({ parentId: branch(0).id, kind: 'group', name: '新党小组' }),
    unitId: (result) => (result as { id: number }).id,
  })),
  'identity.units.rename': byAdmin('unit.rename', async (env, branch) => {
    const unit = await addUnit(env, branch(0));
    return { call: (c) => c.identity.units.rename({ id: unit.id, name: '改名的党小组' }), unitId: at(unit) };
  }),
  'identity.units.move': byAdmin('unit.move', async (env, branch) => {
    const unit = await addUnit(env, branch(0));
    return { call: (c) => c.identity.units.move({ id: unit.id, parentId: branch(1).id }), unitId: at(unit) };
  }),
  'identity.units.archive': byAdmin('unit.archive', async (env, branch) => {
    const unit = await addUnit(env, branch(0));
    return { call: (c) => c.identity.units.archive({ id: unit.id }), unitId: at(unit) };
  }),
  'identity.units.restore': byAdmin('unit.restore', async (env, branch) => {
    const unit = await addUnit(env, branch(0), { archived: true });
    return { call: (c) => c.identity.units.restore({ id: unit.id }), unitId: at(unit) };
  }),
  'identity.units.updateProfile': byAdmin('unit.update', async (env, branch) => {
    const unit = await addUnit(env, branch(0));
    const profile = { secretary: '周晓明', contactPerson: null, contactPhone: '13800138000', foundedOn: null };
    return {
      call: (c) => c.identity.units.updateProfile({ id: unit.id, ...profile, creditCode: null, address: null }),
      unitId: at(unit),
    };
  }),

  'identity.users.create': byAdmin('user.create', async (_env, branch) => ({
    call: (c) =>
      c.identity.users.create({
        username: uniqueName('audited'),
        displayName: '新用户',
        unitId: branch(4).id,
        password: 'Strong#password1',
      }),
    unitId: at(branch(4)),
  })),
  'identity.users.update': byAdmin('user.update', async (env, branch) => {
    const user = await addAccount(env, { unitId: branch(5).id });
    return {
      call: (c) => c.identity.users.update({ id: user.id, displayName: '改名', disabled: true }),
      unitId: at(branch(5)),
    };
  }),
  'identity.users.resetPassword': byAdmin('user.resetPassword', async (env, branch) => {
    const user = await addAccount(env, { unitId: branch(6).id });
    return {
      call: (c) => c.identity.users.resetPassword({ id: user.id, newPassword: 'Strong#password1' }),
      unitId: at(branch(6)),
    };
  }),
  'identity.users.unlock': byAdmin('user.unlock', async (env, branch) => {
    const user = await addAccount(env, { unitId: branch(6).id });
    const until = new Date(Date.now() + 3_600_000);
    await env.db.attemptCounter.create({
      data: { key: `user:${user.username}`, failures: 5, windowEndsAt: until, lockedUntil: until },
    });
    return { call: (c) => c.identity.users.unlock({ id: user.id }), unitId: at(branch(6)) };
  }),
  // One entry for the whole file, at the unit the import was made at (not each account's branch).
  'identity.users.import': byAdmin('user.import', async (env, branch) => {
    const township = env.seed.townships.chengguan!;
    const rows = [4, 5].map((i) => ({
      username: uniqueName('imported'),
      displayName: '导入',
      unit: branch(i).name,
      password: 'Strong#password1',
    }));
    return { call: (c) => c.identity.users.import({ unitId: township.id, rows }), unitId: at(township) };
  }),
  // A grant's entry names the grant's unit, not the account's home.
  'identity.grants.add': byAdmin('grant.add', async (env, branch) => {
    const user = await addAccount(env, { unitId: branch(2).id });
    return {
      call: (c) => c.identity.grants.add({ userId: user.id, role: 'member', unitId: branch(3).id }),
      unitId: at(branch(3)),
    };
  }),
  'identity.grants.remove': byAdmin('grant.remove', async (env, branch) => {
    const user = await addAccount(env, { unitId: branch(2).id, grants: [{ role: 'member', unitId: branch(4).id }] });
    return { call: (c) => c.identity.grants.remove({ id: user.grantIds[0]! }), unitId: at(branch(4)) };
  }),
  // The working-day calendar belongs to the top unit, kept by the municipal admin.
  'identity.calendar.set': byMunicipalAdmin(
    'calendar.set',
    async () => (c) => c.identity.calendar.set({ date: '2026-03-10', kind: 'holiday', name: '临时假日' }),
  ),
  'identity.calendar.remove': byMunicipalAdmin('calendar.remove', async (env, top) => {
    await env.db.calendarDay.create({
      data: { unitId: top.id, date: '2026-03-11', kind: 'holiday', name: '临时假日' },
    });
    return (c) => c.identity.calendar.remove({ date: '2026-03-11' });
  }),
  'identity.calendar.importOfficial': byMunicipalAdmin('calendar.importOfficial', async (env) => {
    await env.db.calendarDay.deleteMany({ where: { date: { startsWith: '2026-' } } });
    return (c) => c.identity.calendar.importOfficial({ year: 2026 });
  }),

  'content.columns.create': byAdmin('column.create', async (_env, branch) => ({
    call: (c) => c.content.columns.create({ unitId: branch(0).id, name: '新栏目', cadence: 'weekly' }),
    unitId: at(branch(0)),
  })),
  'content.columns.update': byAdmin('column.update', async (env, branch) => {
    const column = await addColumn(env, branch(1).id);
    return { call: (c) => c.content.columns.update({ id: column.id, hidden: true }), unitId: at(branch(1)) };
  }),
  'content.columns.reorder': byAdmin('column.reorder', async (env, branch) => {
    const columns = await env.db.column.findMany({ where: { unitId: branch(2).id }, orderBy: { sort: 'desc' } });
    return {
      call: (c) => c.content.columns.reorder({ unitId: branch(2).id, ids: columns.map((col) => col.id) }),
      unitId: at(branch(2)),
    };
  }),
  'content.columns.delete': byAdmin('column.delete', async (env, branch) => {
    const column = await addColumn(env, branch(1).id);
    return { call: (c) => c.content.columns.delete({ id: column.id }), unitId: at(branch(1)) };
  }),
  'content.articles.create': byAdmin('article.create', async (env, branch) => {
    const column = await env.db.column.findFirstOrThrow({ where: { unitId: branch(3).id } });
    return {
      call: (c) => c.content.articles.create({ columnId: column.id, title: '新文章', body: '正文' }),
      unitId: at(branch(3)),
    };
  }),
  'content.articles.update': byAdmin('article.update', async (env, branch) => {
    const article = await addArticle(env, branch(4).id);
    return { call: (c) => c.content.articles.update({ id: article.id, title: '改过的标题' }), unitId: at(branch(4)) };
  }),
  'content.articles.delete': byAdmin('article.delete', async (env, branch) => {
    const article = await addArticle(env, branch(5).id);
    return { call: (c) => c.content.articles.delete({ id: article.id }), unitId: at(branch(5)) };
  }),
  'content.articles.withdraw': byAdmin('article.withdraw', async (env, branch) => {
    const article = await addArticle(env, branch(6).id, 'published');
    return { call: (c) => c.content.articles.withdraw({ id: article.id }), unitId: at(branch(6)) };
  }),
  'content.articles.review': byAdmin('article.review', async (env, branch) => {
    const article = await addArticle(env, branch(6).id, 'review');
    return {
      call: (c) => c.content.articles.review({ id: article.id, decision: 'return', comment: '请补充来源' }),
      unitId: at(branch(6)),
    };
  }),
  'content.revisions.restore': byAdmin('article.revert', async (env, branch) => {
    const article = await addArticle(env, branch(4).id);
    return { call: (c) => c.content.revisions.restore({ articleId: article.id, number: 1 }), unitId: at(branch(4)) };
  }),
  'content.words.add': byAdmin('word.add', async (_env, branch) => ({
    call: (c) => c.content.words.add({ unitId: branch(3).id, word: '审计用词', level: 'warn' }),
    unitId: at(branch(3)),
  })),
  'content.words.remove': byAdmin('word.remove', async (env, branch) => {
    const word = await env.db.sensitiveWord.create({ data: { unitId: branch(3).id, word: '待删的词', level: 'warn' } });
    return { call: (c) => c.content.words.remove({ id: word.id }), unitId: at(branch(3)) };
  }),
  'content.siteLinks.add': byAdmin('siteLink.add', async (_env, branch) => ({
    call: (c) => c.content.siteLinks.add({ unitId: branch(3).id, label: '审计链接', url: 'https://example.org/' }),
    unitId: at(branch(3)),
  })),
  'content.siteLinks.remove': byAdmin('siteLink.remove', async (env, branch) => {
    const link = await env.db.siteLink.create({
      data: { unitId: branch(3).id, label: '待删链接', url: 'https://example.org/' },
    });
    return { call: (c) => c.content.siteLinks.remove({ id: link.id }), unitId: at(branch(3)) };
  }),
  'content.siteLinks.reorder': byAdmin('siteLink.reorder', async (env, branch) => {
    const links = await Promise.all(
      [0, 1].map((sort) =>
        env.db.siteLink.create({
          data: { unitId: branch(4).id, label: `排序链接${sort}`, url: 'https://example.org/', sort },
        }),
      ),
    );
    return {
      call: (c) => c.content.siteLinks.reorder({ unitId: branch(4).id, ids: links.map((l) => l.id).reverse() }),
      unitId: at(branch(4)),
    };
  }),
  'content.files.remove': byAdmin('file.remove', async (env, branch) => {
    const file = await addFile(env, branch(2).id);
    return { call: (c) => c.content.files.remove({ id: file.id }), unitId: at(branch(2)) };
  }),
  'content.documents.create': byAdmin('document.create', async (env, branch) => {
    const file = await addFile(env, branch(2).id);
    return {
      call: (c) =>
        c.content.documents.create({ unitId: branch(2).id, title: '审计文档', category: '制度', fileId: file.id }),
      unitId: at(branch(2)),
    };
  }),
  'content.documents.update': byAdmin('document.update', async (env, branch) => {
    const document = await auditDocument(env, branch(2).id);
    return { call: (c) => c.content.documents.update({ id: document.id, title: '改过的文档' }), unitId: at(branch(2)) };
  }),
  'content.documents.addVersion': byAdmin('document.addVersion', async (env, branch) => {
    const document = await auditDocument(env, branch(2).id);
    const file = await addFile(env, branch(2).id);
    return {
      call: (c) => c.content.documents.addVersion({ id: document.id, fileId: file.id }),
      unitId: at(branch(2)),
    };
  }),
  'content.documents.remove': byAdmin('document.remove', async (env, branch) => {
    const document = await auditDocument(env, branch(2).id);
    return { call: (c) => c.content.documents.remove({ id: document.id }), unitId: at(branch(2)) };
  }),
  // The network: each entry belongs to the site that shows the article, but a recommendation's to the recommending
  // unit (the unit above is not the recommender's to write in).
  'content.placements.share': byAdmin('placement.share', async (env, branch) => {
    const township = await env.db.unit.findUniqueOrThrow({ where: { id: branch(5).parentId ?? 0 } });
    const article = await addArticle(env, township.id, 'published');
    return {
      call: (c) => c.content.placements.share({ articleId: article.id, unitIds: [branch(5).id] }),
      unitId: at(branch(5)),
    };
  }),
  'content.placements.recommend': byAdmin('placement.recommend', async (env, branch) => {
    const article = await addArticle(env, branch(5).id, 'published');
    return { call: (c) => c.content.placements.recommend({ articleId: article.id }), unitId: at(branch(5)) };
  }),
  'content.placements.repost': byAdmin('placement.repost', async (env, branch) => {
    const article = await addArticle(env, branch(5).id, 'published');
    const column = await env.db.column.findFirstOrThrow({ where: { unitId: branch(6).id } });
    return {
      call: (c) => c.content.placements.repost({ articleId: article.id, columnId: column.id }),
      unitId: at(branch(6)),
    };
  }),
  'content.placements.decide': byAdmin('placement.accept', async (env, branch) => {
    const townshipId = branch(5).parentId ?? 0;
    const article = await addArticle(env, branch(5).id, 'published');
    const placement = await env.db.articlePlacement.create({
      data: { articleId: article.id, unitId: townshipId, kind: 'recommended', state: 'pending' },
    });
    const column = await env.db.column.findFirstOrThrow({ where: { unitId: townshipId } });
    return {
      call: (c) => c.content.placements.decide({ id: placement.id, decision: 'accept', columnId: column.id }),
      unitId: () => townshipId,
    };
  }),
  'content.placements.remove': byAdmin('placement.remove', async (env, branch) => {
    const article = await addArticle(env, branch(5).id, 'published');
    const column = await env.db.column.findFirstOrThrow({ where: { unitId: branch(6).id } });
    const placement = await env.db.articlePlacement.create({
      data: { articleId: article.id, unitId: branch(6).id, columnId: column.id, kind: 'reposted', state: 'accepted' },
    });
    return { call: (c) => c.content.placements.remove({ id: placement.id }), unitId: at(branch(6)) };
  }),
  'content.recycleBin.restore': byAdmin('article.restore', async (env, branch) => {
    const article = await binnedArticle(env, branch(7).id, 1);
    return { call: (c) => c.content.recycleBin.restore({ id: article.id }), unitId: at(branch(7)) };
  }),
  'content.recycleBin.purge': byAdmin('article.purge', async (env, branch) => {
    const article = await binnedArticle(env, branch(7).id, 1);
    return { call: (c) => c.content.recycleBin.purge({ id: article.id }), unitId: at(branch(7)) };
  }),
  // The entry of emptying the expired belongs to the unit whose subtree was emptied.
  'content.recycleBin.purgeExpired': byAdmin('article.purgeExpired', async (env, branch) => {
    await binnedArticle(env, branch(6).id, 31);
    return { call: (c) => c.content.recycleBin.purgeExpired({ unitId: branch(6).id }), unitId: at(branch(6)) };
  }),
  // The mailbox: each step on a letter of a 城关镇 branch belongs to the unit holding the letter then.
  ...Object.fromEntries(
    (<[string, string, 'received' | 'accepted', (c: Caller, id: number) => Promise<unknown>][]>[
      ['accept', 'letter.accept', 'received', (c, id) => c.mailbox.letters.accept({ id })],
      ['reject', 'letter.reject', 'received', (c, id) => c.mailbox.letters.reject({ id, reason: '不予受理' })],
      ['handle', 'letter.handle', 'accepted', (c, id) => c.mailbox.letters.handle({ id, note: '已办理' })],
      ['reply', 'letter.reply', 'accepted', (c, id) => c.mailbox.letters.reply({ id, reply: '已答复', public: false })],
      ['note', 'letter.note', 'received', (c, id) => c.mailbox.letters.note({ id, text: '备注' })],
      ['reveal', 'letter.reveal', 'received', (c, id) => c.mailbox.letters.reveal({ id })],
      [
        'askExtension',
        'letter.extensionAsk',
        'accepted',
        (c, id) => c.mailbox.letters.askExtension({ id, days: 2, reason: '需要核查' }),
      ],
    ]).map(([step, action, status, call]) => [
      `mailbox.letters.${step}`,
      byAdmin(action, async (env, branch) => {
        const letter = await addLetter(env, branch(7).id, { status });
        return { call: (c: Caller) => call(c, letter.id), unitId: at(branch(7)) };
      }),
    ]),
  ),
  'mailbox.letters.assign': byAdmin('letter.assign', async (env, branch) => {
    const letter = await addLetter(env, branch(7).id, { status: 'accepted' });
    const group = await addUnit(env, branch(7), { kind: 'group' });
    return {
      call: (c) => c.mailbox.letters.assign({ id: letter.id, unitId: group.id, note: '' }),
      unitId: at(branch(7)),
    };
  }),
  // A return is the returning unit's step (the letter then lies with the unit above).
  'mailbox.letters.return': byAdmin('letter.return', async (env, branch) => {
    const letter = await addLetter(env, env.seed.townships.chengguan!.id, {
      status: 'assigned',
      assignTo: branch(7).id,
    });
    return { call: (c) => c.mailbox.letters.return({ id: letter.id, reason: '不属于本单位' }), unitId: at(branch(7)) };
  }),
  'mailbox.letters.close': byAdmin('letter.close', async (env, branch) => {
    const letter = await addLetter(env, branch(7).id);
    await env.db.letter.update({ where: { id: letter.id }, data: { status: 'replied' } });
    return { call: (c) => c.mailbox.letters.close({ id: letter.id }), unitId: at(branch(7)) };
  }),
  'mailbox.letters.decideExtension': byAdmin('letter.extensionDecide', async (env, branch) => {
    const letter = await addLetter(env, branch(7).id, { status: 'accepted' });
    await env.db.letter.update({
      where: { id: letter.id },
      data: { extensionState: 'pending', extensionDays: 2, extensionReason: '需要核查' },
    });
    return {
      call: (c) => c.mailbox.letters.decideExtension({ id: letter.id, approve: false, reason: '' }),
      unitId: at(branch(7)),
    };
  }),
  'mailbox.templates.create': byAdmin('replyTemplate.create', async (_env, branch) => ({
    call: (c) => c.mailbox.templates.create({ unitId: branch(7).id, title: uniqueName('模板'), body: '您好' }),
    unitId: at(branch(7)),
  })),
  'mailbox.templates.update': byAdmin('replyTemplate.update', async (env, branch) => {
    const template = await env.db.replyTemplate.create({
      data: { unitId: branch(7).id, title: uniqueName('模板'), body: '您好' },
    });
    return {
      call: (c) => c.mailbox.templates.update({ id: template.id, title: template.title, body: '改' }),
      unitId: at(branch(7)),
    };
  }),
  'mailbox.templates.delete': byAdmin('replyTemplate.delete', async (env, branch) => {
    const template = await env.db.replyTemplate.create({
      data: { unitId: branch(7).id, title: uniqueName('模板'), body: '您好' },
    });
    return { call: (c) => c.mailbox.templates.delete({ id: template.id }), unitId: at(branch(7)) };
  }),
  // Set at the top unit, by the municipal admin.
  'mailbox.deadlines.set': async (env) => {
    const top = await env.db.unit.findFirstOrThrow({ where: { parentId: null } });
    return {
      caller: await env.as('admin'),
      call: (c) => c.mailbox.deadlines.set({ consultation: 3, help: 3, complaint: 10, suggestion: 10 }),
      expected: () => ({ action: 'letterDeadline.set', unitId: top.id, actorId: env.seed.users.admin! }),
    };
  },
  // The members' board: every post and every moderator's act belongs to the unit whose board it is.
  'mailbox.board.create': byAdmin('boardTopic.create', async (_env, branch) => ({
    call: (c) => c.mailbox.board.create({ unitId: branch(7).id, title: uniqueName('议题'), body: '正文' }),
    unitId: at(branch(7)),
  })),
  ...Object.fromEntries(
    (<[string, string, (c: Caller, id: number) => Promise<unknown>][]>[
      ['reply', 'boardPost.create', (c, id) => c.mailbox.board.reply({ id, body: '回复' })],
      ['answer', 'boardTopic.answer', (c, id) => c.mailbox.board.answer({ id, body: '答复' })],
      ['pin', 'boardTopic.pin', (c, id) => c.mailbox.board.pin({ id, pinned: true })],
      ['close', 'boardTopic.close', (c, id) => c.mailbox.board.close({ id, closed: true })],
      ['hide', 'boardPost.hide', (c, id) => c.mailbox.board.hide({ target: 'post', id, hidden: true })],
      ['approve', 'boardPost.approve', (c, id) => c.mailbox.board.approve({ target: 'post', id })],
    ]).map(([verb, action, call]) => [
      `mailbox.board.${verb}`,
      byAdmin(action, async (env, branch) => {
        const topic = await addTopic(env, branch(7).id, env.seed.users.member!);
        const post = await addPost(env, topic, env.seed.users.member!);
        return {
          call: (c: Caller) => call(c, verb === 'hide' || verb === 'approve' ? post.id : topic.id),
          unitId: at(branch(7)),
        };
      }),
    ]),
  ),
  // Members: a step of the lifecycle, an issued or cancelled letter and a floating attachment belong to the member's
  // unit; a receiver's confirmation or return to the receiving unit (the letter is addressed there from 东湖街道).
  'members.lifecycle.advance': byAdmin('member.stage', async (env, branch) => {
    const member = await addMember(env, branch(1).id, { stage: 'applicant', appliedOn: '2025-01-10' });
    const mentors = [(await addMember(env, branch(1).id)).id, (await addMember(env, branch(1).id)).id] as const;
    return {
      call: (c) =>
        c.members.lifecycle.advance({
          id: member.id,
          to: 'activist',
          on: '2025-03-01',
          mentorIds: [...mentors],
          note: '',
        }),
      unitId: at(branch(1)),
    };
  }),
  'members.lifecycle.extendProbation': byAdmin('member.probationExtend', async (env, branch) => {
    const member = await addMember(env, branch(1).id, { stage: 'probationary' });
    return {
      call: (c) => c.members.lifecycle.extendProbation({ id: member.id, months: 6, reason: '继续考察' }),
      unitId: at(branch(1)),
    };
  }),
  'members.lifecycle.cancelCandidacy': byAdmin('member.candidacyCancel', async (env, branch) => {
    const member = await addMember(env, branch(1).id, { stage: 'candidate' });
    return {
      call: (c) => c.members.lifecycle.cancelCandidacy({ id: member.id, on: '2025-01-10', reason: '本人申请' }),
      unitId: at(branch(1)),
    };
  }),
  'members.lifecycle.assignSponsors': byAdmin('member.sponsors', async (env, branch) => {
    const member = await addMember(env, branch(1).id, { stage: 'activist' });
    const mentors = [(await addMember(env, branch(1).id)).id, (await addMember(env, branch(1).id)).id] as const;
    return {
      call: (c) => c.members.lifecycle.assignSponsors({ id: member.id, role: 'mentor', sponsorIds: [...mentors] }),
      unitId: at(branch(1)),
    };
  }),
  'members.transfers.issue': byAdmin('transfer.issue', async (env, branch) => {
    const member = await addMember(env, branch(2).id);
    return {
      call: (c) =>
        c.members.transfers.issue({
          memberId: member.id,
          toUnitId: branch(3).id,
          issuedOn: '2025-01-10',
          reason: '调动',
        }),
      unitId: at(branch(2)),
    };
  }),
  'members.transfers.confirm': byAdmin('transfer.confirm', async (env, branch) => {
    const letter = await addMemberLetter(env, env.seed.townships.donghu!.branches[0]!.id, branch(2).id);
    // Confirmed while valid: the clock on a day of the letter's three months.
    return {
      call: (c) => env.at('2026-03-10T10:00:00', () => c.members.transfers.confirm({ id: letter.id, note: '' })),
      unitId: at(branch(2)),
    };
  }),
  'members.transfers.return': byAdmin('transfer.return', async (env, branch) => {
    const letter = await addMemberLetter(env, env.seed.townships.donghu!.branches[0]!.id, branch(3).id);
    return { call: (c) => c.members.transfers.return({ id: letter.id, reason: '信息有误' }), unitId: at(branch(3)) };
  }),
  'members.transfers.cancel': byAdmin('transfer.cancel', async (env, branch) => {
    const letter = await addMemberLetter(env, branch(2).id, env.seed.townships.donghu!.branches[0]!.id);
    return { call: (c) => c.members.transfers.cancel({ id: letter.id, reason: '暂缓' }), unitId: at(branch(2)) };
  }),
  'members.floating.start': byAdmin('floating.start', async (env, branch) => {
    const member = await addMember(env, branch(4).id);
    return {
      call: (c) =>
        c.members.floating.start({
          memberId: member.id,
          hostUnitId: branch(5).id,
          place: '外出务工',
          startedOn: '2025-01-10',
        }),
      unitId: at(branch(4)),
    };
  }),
  'members.floating.end': byAdmin('floating.end', async (env, branch) => {
    const attachment = await addAttachment(env, branch(4).id, env.seed.townships.donghu!.branches[0]!.id);
    return { call: (c) => c.members.floating.end({ id: attachment.id, endedOn: '2026-01-10' }), unitId: at(branch(4)) };
  }),
  // The registry: each change belongs to the member's unit (a new member's: the branch registering it); an export
  // page's entry to the unit the list is narrowed to.
  'members.registry.create': byAdmin('member.create', async (_env, branch) => ({
    call: (c) => c.members.registry.create(newMemberInput(branch(6).id)),
    unitId: at(branch(6)),
  })),
  'members.registry.update': byAdmin('member.update', async (env, branch) => {
    const member = await addMember(env, branch(6).id);
    return {
      call: (c) => c.members.registry.update({ id: member.id, workplace: '江城市图书馆' }),
      unitId: at(branch(6)),
    };
  }),
  'members.registry.reveal': byAdmin('member.reveal', async (env, branch) => {
    const member = await addMember(env, branch(6).id);
    return { call: (c) => c.members.registry.reveal({ id: member.id }), unitId: at(branch(6)) };
  }),
  'members.registry.setStatus': byAdmin('member.status', async (env, branch) => {
    const member = await addMember(env, branch(6).id);
    return {
      call: (c) =>
        c.members.registry.setStatus({ id: member.id, status: 'withdrawn', on: '2025-06-01', reason: '本人申请' }),
      unitId: at(branch(6)),
    };
  }),
  'members.registry.linkAccount': byAdmin('member.account', async (env, branch) => {
    const member = await addMember(env, branch(6).id);
    const account = await addAccount(env, { unitId: branch(6).id });
    return {
      call: (c) => c.members.registry.linkAccount({ id: member.id, username: account.username }),
      unitId: at(branch(6)),
    };
  }),
  'members.registry.exportPage': byAdmin('member.reveal', async (_env, branch) => ({
    call: (c) => c.members.registry.exportPage({ unitId: branch(6).id }),
    unitId: at(branch(6)),
  })),
  // The import: each step's entry belongs to the unit the import is made at (here a branch), one entry per chunk
  // staged, and one for the whole file when it goes into the registry.
  'members.imports.start': byAdmin('member.importStart', async (_env, branch) => ({
    call: (c) => c.members.imports.start({ unitId: branch(6).id, total: 2 }),
    unitId: at(branch(6)),
  })),
  'members.imports.stage': byAdmin('member.importStage', async (env, branch) => {
    const { id } = await (await env.as('chengguan')).members.imports.start({ unitId: branch(6).id, total: 1 });
    return {
      call: (c) => c.members.imports.stage({ id, first: 0, rows: sheetRows([memberCells(branch(6).name)]) }),
      unitId: at(branch(6)),
    };
  }),
  'members.imports.commit': byAdmin('member.import', async (env, branch) => {
    const officer = await env.as('chengguan');
    const { id } = await officer.members.imports.start({ unitId: branch(6).id, total: 2 });
    await officer.members.imports.stage({
      id,
      first: 0,
      rows: sheetRows([memberCells(branch(6).name), memberCells(branch(6).name)]),
    });
    return { call: (c) => c.members.imports.commit({ id }), unitId: at(branch(6)) };
  }),
  'members.imports.discard': byAdmin('member.importDiscard', async (env, branch) => {
    const { id } = await (await env.as('chengguan')).members.imports.start({ unitId: branch(6).id, total: 1 });
    return { call: (c) => c.members.imports.discard({ id }), unitId: at(branch(6)) };
  }),
  'members.stats.takeSnapshot': byMunicipalAdmin(
    'snapshot.take',
    async () => (c) => c.members.stats.takeSnapshot({ year: 2025 }),
  ),
  'members.map.locate': byAdmin('unit.locate', async (_env, branch) => ({
    call: (c) => c.members.map.locate({ unitId: branch(5).id, latitude: 32.05, longitude: 118.78 }),
    unitId: at(branch(5)),
  })),
  // The dues: each movement belongs to the books it is written in (a fresh branch of 城关镇, the member's branch); a
  // new version of the rules to the top unit.
  ...duesCalls(),
  // Teams that keep their calls in their own folder (services/<team>/test/audit-cases/*.ts, each exporting
  // `auditCases` of this shape): gathered here, so such a team adds calls without touching this file.
  ...teamCalls(),
};

function teamCalls(): Record<string, Valid> {
  const modules = import.meta.glob<{ auditCases: Record<string, Valid> }>('../../services/*/test/audit-cases/*.ts', {
    eager: true,
  });
  const calls: Record<string, Valid> = {};
  for (const [file, module] of Object.entries(modules))
    for (const [mutation, call] of Object.entries(module.auditCases)) {
      if (mutation in calls) throw new Error(`${file}: a second valid call for ${mutation}`);
      calls[mutation] = call;
    }
  return calls;
}

/** The dues' mutations, each on a fresh 城关镇 branch with a paying member whose March is assessed. */
function duesCalls(): Record<string, Valid> {
  const when = '2026-04-10T10:00:00';
  const books = async (env: TestEnv) => {
    const branch = await addUnit(env, env.seed.townships.chengguan!, { kind: 'branch' });
    const member = await addPayer(env, branch.id);
    const admin = await env.as('admin');
    await env.at(when, () => admin.dues.ledger.assess({ unitId: branch.id, month: '2026-03' }));
    return { branch, member };
  };
  const onBooks = (action: string, call: (c: Caller, b: Awaited<ReturnType<typeof books>>) => Promise<unknown>) =>
    byAdmin(action, async (env) => {
      const b = await books(env);
      return { call: (c) => env.at(when, () => call(c, b)), unitId: at(b.branch) };
    });
  return {
    'dues.rules.add': byMunicipalAdmin('dues.rules', async (env) => {
      const [rules] = await (await env.as('admin')).dues.rules.list();
      const { id: _id, createdAt: _at, ...input } = rules!;
      return (c) => env.at(when, () => c.dues.rules.add({ ...input, effectiveFrom: '2099-01' }));
    }),
    'dues.bases.set': onBooks('dues.base', (c, { member }) =>
      c.dues.bases.set({ memberId: member.id, effectiveFrom: '2026-05', category: 'retired', baseFen: 300_000 }),
    ),
    'dues.bases.import': onBooks('dues.baseImport', (c, { branch, member }) =>
      c.dues.bases.import({
        unitId: branch.id,
        rows: [
          {
            row: 2,
            idNumber: member.clear.idNumber,
            name: member.name,
            category: '在职',
            base: '3000',
            effectiveFrom: '2026-05',
          },
        ],
      }),
    ),
    'dues.ledger.assess': onBooks('dues.assess', (c, { branch }) =>
      c.dues.ledger.assess({ unitId: branch.id, month: '2026-04' }),
    ),
    'dues.ledger.correct': onBooks('dues.correct', (c, { branch }) =>
      c.dues.ledger.correct({ unitId: branch.id, seq: 1, note: '基数录错' }),
    ),
    'dues.ledger.close': onBooks('dues.close', (c, { branch }) =>
      c.dues.ledger.close({ unitId: branch.id, month: '2026-03' }),
    ),
    'dues.hardship.propose': onBooks('dues.hardshipPropose', (c, { member }) =>
      c.dues.hardship.propose({
        memberId: member.id,
        fromMonth: '2026-03',
        toMonth: '2026-04',
        payFen: 0,
        reason: '家庭困难',
      }),
    ),
    'dues.hardship.decide': byAdmin('dues.hardshipDecide', async (env) => {
      const b = await books(env);
      const admin = await env.as('admin');
      const { id } = await admin.dues.hardship.propose({
        memberId: b.member.id,
        fromMonth: '2026-03',
        toMonth: '2026-03',
        payFen: 0,
        reason: '家庭困难',
      });
      return { call: (c) => env.at(when, () => c.dues.hardship.decide({ id, approve: true })), unitId: at(b.branch) };
    }),
    'dues.remittances.send': onBooks('dues.remit', (c, { branch }) =>
      c.dues.remittances.send({ unitId: branch.id, period: '2026-03', amountFen: 4_000, sentOn: '2026-04-05' }),
    ),
    'dues.remittances.receive': byAdmin('dues.receive', async (env) => {
      const b = await books(env);
      const admin = await env.as('admin');
      const { id } = await env.at(when, () =>
        admin.dues.remittances.send({ unitId: b.branch.id, period: '2026-03', amountFen: 4_000, sentOn: '2026-04-05' }),
      );
      const township = env.seed.townships.chengguan!;
      return {
        call: (c) =>
          env.at(when, () => c.dues.remittances.receive({ id, receivedFen: 4_000, receivedOn: '2026-04-06' })),
        unitId: at(township),
      };
    }),
    'dues.payments.void': byAdmin('dues.void', async (env) => {
      const b = await books(env);
      const admin = await env.as('admin');
      const { id } = await env.at(when, () =>
        admin.dues.payments.record({
          memberId: b.member.id,
          amountFen: 4_000,
          paidOn: '2026-04-10',
          payer: 'self',
          requestKey: requestKey(),
        }),
      );
      return { call: (c) => env.at(when, () => c.dues.payments.void({ id, note: '收错了' })), unitId: at(b.branch) };
    }),
    'dues.payments.record': onBooks('dues.pay', (c, { member }) =>
      c.dues.payments.record({
        memberId: member.id,
        amountFen: 4_000,
        paidOn: '2026-04-10',
        payer: 'self',
        requestKey: requestKey(),
      }),
    ),
  };
}

it('has a valid call for every mutation, and none for a procedure that is not a mutation', () => {
  expect(mutations.length).toBeGreaterThan(0);
  expect(mutations.filter((m) => !(m in valid))).toEqual([]);
  expect(Object.keys(valid).filter((v) => !mutations.includes(v))).toEqual([]);
});

describe.each(await testProviders())('audit coverage on %s', (provider) => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
  });
  afterAll(() => env?.drop());

  it.each(mutations)('%s writes exactly one audit entry, with its action and unit', async (mutation) => {
    const prepare = valid[mutation];
    if (!prepare) throw new Error(`no valid call for ${mutation}: add one to the table`);
    const chengguan = env.seed.townships.chengguan!;
    const { caller, call, expected } = await prepare(env, {
      branch: (i) => chengguan.branches[i]!,
      home: env.seed.townships.donghu!.branches[2]!,
    });
    const last = await env.db.auditLog.aggregate({ _max: { id: true } });
    const result = await call(caller);
    const entries = await env.db.auditLog.findMany({ where: { id: { gt: last._max.id ?? 0 } } });
    expect(entries.map(({ action, unitId, actorId }) => ({ action, unitId, actorId }))).toEqual([expected(result)]);
    // The console names the action in both languages (the spine's labels or its team's registration).
    // ... names the kind of object in both languages, and shows the object's name as it was.
    for (const labels of Object.values(composition.labels)) {
      expect(labels.auditAction[entries[0]!.action]).toBeTruthy();
      expect(labels.auditEntity[entries[0]!.entity], entries[0]!.entity).toBeTruthy();
    }
    expect(entries[0]!.entityLabel).toBeTruthy();
    expect(entries[0]!.labelUnitId).toBeTypeOf('number');
  });
});
