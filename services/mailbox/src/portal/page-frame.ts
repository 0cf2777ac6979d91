// What every mailbox page answers with: a field of the posted form, an HTML answer, the plain 404, and a page in
// its site's frame under the mailbox's crumb.
import type { PublicPageAnswer, PublicPageRequest, SiteFrame } from '@strata/api';
import { type Html, html } from '@strata/text';
import { mailboxNav } from './paths';

/** A posted field's (first) value, or ''. */
export const field = (form: PublicPageRequest['form'], name: string) => {
  const value = form[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};

export const page = (status: PublicPageAnswer['status'], body: string): PublicPageAnswer => ({
  status,
  type: 'html',
  body,
});

export function notFound(): PublicPageAnswer {
  return page(
    404,
    html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面不存在</title></head><body><h1>页面不存在</h1><p><a href="/site/">查看网站群导航</a></p></body></html>`
      .text,
  );
}

export function framed(site: SiteFrame, title: string, path: string, main: Html, crumbs = [{ label: title }]) {
  return site.render({
    title,
    description: `${site.name}领导信箱：来信、查询办理进度与公开答复。`,
    path,
    current: mailboxNav.key,
    crumbs: title === '领导信箱' ? [{ label: title }] : [{ label: '领导信箱', href: `${site.home}mailbox` }, ...crumbs],
    main,
  });
}
