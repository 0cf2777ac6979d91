// How articles are listed on the portal: a dated line on a home page's column card, an entry of a column's or a
// search's list, a picture of the strip; and the links between pages of a list.
import { calendarDay } from '@strata/i18n/days';
import { type Html, html } from '@strata/text';
import type { ShownItem } from '../shown-articles.sql';

/**
 * The organisation's calendar day of an instant (calendarDay). Through Intl that costs some 7 µs, and a list shows 20;
 * every zone's offset is a whole number of quarter hours, so all instants of one UTC quarter hour share a day, and
 * each quarter hour's day is kept once worked out.
 */
const days = new Map<number, string>();
export function dayOf(at: Date): string {
  const quarter = Math.floor(at.getTime() / 900_000);
  let day = days.get(quarter);
  if (day === undefined) {
    if (days.size >= 50_000) days.clear();
    day = calendarDay(new Date(quarter * 900_000));
    days.set(quarter, day);
  }
  return day;
}

export const time = (at: Date) => html`<time datetime="${at.toISOString()}">${dayOf(at)}</time>`;

export const coverUrl = (fileId: number) => `/files/${fileId}/preview`;

/** A column card's lines: title and day. */
export const itemLines = (items: readonly ShownItem[], articleHref: (id: number) => string) =>
  items.length
    ? html`<ul class="items">${items.map(
        (a) => html`<li><a href="${articleHref(a.id)}">${a.title}</a>${time(a.siteAt)}</li>`,
      )}</ul>`
    : html`<p class="empty">暂无文章</p>`;

/** A list's entries: title, day and summary (or what `extra` shows instead). */
export const itemList = (
  items: readonly {
    id: number;
    title: string | Html;
    summary: string | Html;
    siteAt: Date;
    href: string;
    meta?: Html;
  }[],
) =>
  html`<ol class="list">${items.map(
    (a) =>
      html`<li><h2><a href="${a.href}">${a.title}</a></h2><div class="meta">${time(a.siteAt)}${a.meta ?? ''}</div>${
        a.summary ? html`<p>${a.summary}</p>` : ''
      }</li>`,
  )}</ol>`;

/** The picture strip: the newest items with a cover, side by side, scrolled sideways without any script. */
export const pictureStrip = (items: readonly ShownItem[], articleHref: (id: number) => string) =>
  items.length
    ? html`<section aria-label="图片新闻"><div class="strip">${items.map(
        (a) =>
          html`<figure><a href="${articleHref(a.id)}"><img src="${coverUrl(a.coverFileId as number)}" alt="${a.title}"></a><figcaption><a href="${articleHref(a.id)}">${a.title}</a></figcaption></figure>`,
      )}</div></section>`
    : '';

/** Previous and next links of a list (a list reads one row past its page to know there is a next). */
export const pageLinks = (page: number, hasNext: boolean, hrefOf: (page: number) => string) =>
  page > 1 || hasNext
    ? html`<nav class="pages" aria-label="分页">${page > 1 ? html`<a href="${hrefOf(page - 1)}" rel="prev">上一页</a>` : html`<span></span>`}<span>第 ${page} 页</span>${
        hasNext ? html`<a href="${hrefOf(page + 1)}" rel="next">下一页</a>` : html`<span></span>`
      }</nav>`
    : '';
