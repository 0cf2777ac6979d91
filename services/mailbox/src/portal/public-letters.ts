// "Letters and replies" on a unit's site: the letters it answered in public, newest reply first. The letter's own
// text shows only where its sender allowed it, never with a name or phone, and with any phone or ID number written in
// it masked; otherwise not even its title: its kind, number and dates head the reply.
import type { PublicPageAnswer, PublicPageDeps, PublicPageRequest } from '@strata/api';
import { formatDateTime } from '@strata/i18n';
import { maskIdNumber, maskPhone } from '@strata/personal-data';
import { html } from '@strata/text';
import { letterNumber } from '../letters/letter-rules';
import { kindLabel } from './mailbox-html';
import { mailboxNav } from './paths';

const pageSize = 20;

/** Personal numbers a sender may have typed into the text: mobiles and ID numbers, masked. */
export const maskNumbersIn = (text: string) =>
  text
    .replace(/(?<!\d)\d{17}[\dXx](?!\d)/g, (id) => maskIdNumber(id))
    .replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, (phone) => maskPhone(phone));

function pageOf(query: PublicPageRequest['query']): number | null {
  const raw = query.page;
  if (raw === undefined) return 1;
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^[1-9]\d{0,4}$/.test(value) ? Number(value) : null;
}

export async function publicLettersPage(deps: PublicPageDeps, req: PublicPageRequest): Promise<PublicPageAnswer> {
  const site = await deps.siteFrame(req.params.code ?? '', req.origin);
  const page = pageOf(req.query);
  if (!site || page === null)
    return {
      status: site ? 400 : 404,
      type: 'html',
      body: html`<!doctype html><title>页面不存在</title><h1>页面不存在</h1>`.text,
    };
  const where = { siteUnitId: site.unitId, replyPublic: true, status: { in: ['replied', 'closed'] } };
  const [letters, total] = await Promise.all([
    deps.db.letter.findMany({
      where,
      orderBy: [{ repliedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        kind: true,
        title: true,
        body: true,
        mayPublish: true,
        receivedAt: true,
        reply: true,
        repliedAt: true,
        replyUnitId: true,
      },
    }),
    deps.db.letter.count({ where }),
  ]);
  const unitIds = [...new Set(letters.map((l) => l.replyUnitId).filter((id): id is number => id !== null))];
  const units = unitIds.length
    ? await deps.db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } })
    : [];
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const items = letters.map(
    (l) =>
      html`<li><h2>${l.mayPublish ? l.title : `${kindLabel(l.kind)}来信 ${letterNumber(l.id, l.receivedAt)}`}</h2><div class="meta">${kindLabel(l.kind)} · 来信 ${formatDateTime(l.receivedAt, 'zh-CN')}</div>${
        l.mayPublish ? html`<p>${maskNumbersIn(l.body)}</p>` : ''
      }<h3>答复${l.replyUnitId !== null && unitName.has(l.replyUnitId) ? html`（${unitName.get(l.replyUnitId)}）` : ''}</h3><p>${l.reply}</p><div class="meta">${l.repliedAt ? formatDateTime(l.repliedAt, 'zh-CN') : ''}</div></li>`,
  );
  const link = (n: number) => `${site.home}letters${n > 1 ? `?page=${n}` : ''}`;
  const paging =
    pages > 1
      ? html`<nav class="pages" aria-label="分页">${page > 1 ? html`<a href="${link(page - 1)}">上一页</a> ` : ''}第 ${page} / ${pages} 页${
          page < pages ? html` <a href="${link(page + 1)}">下一页</a>` : ''
        }</nav>`
      : '';
  return {
    status: page > pages ? 404 : 200,
    type: 'html',
    body: site.render({
      title: '来信公开答复',
      description: `${site.name}公开答复的来信。`,
      path: `letters${page > 1 ? `?page=${page}` : ''}`,
      current: mailboxNav.key,
      crumbs: [{ label: '领导信箱', href: `${site.home}mailbox` }, { label: '来信公开答复' }],
      main: html`<h1>来信公开答复</h1><p><a href="${site.home}mailbox">我要写信</a> · <a href="${site.home}mailbox/follow">查询来信</a></p>${
        items.length ? html`<ol class="list">${items}</ol>` : html`<p class="empty">本站暂无公开答复的来信。</p>`
      }${paging}`,
    }),
  };
}
