// The answers every portal page may give besides its own: nothing public here (404, the same for a missing site,
// a draft, a scheduled or withdrawn article, another site's column) and a malformed address (400).
import type { PublicPageAnswer } from '@strata/api';
import { html, storedHtmlToText } from '@strata/text';
import { portalPage } from '../layout';
import type { Site } from '../site-reads';

export const htmlPage = (body: string): PublicPageAnswer => ({ status: 200, type: 'html', body });

function refusal(status: 400 | 404, title: string, text: string, origin: string, site?: Site): PublicPageAnswer {
  const body = portalPage({
    title,
    description: text,
    canonical: `${origin}/site/`,
    ...(site ? { site } : {}),
    main: html`<h1>${title}</h1><p>${text}</p><p><a href="${site ? `/site/${site.code}/` : '/site/'}">${
      site ? `返回${site.name}首页` : '查看网站群导航'
    }</a></p>`,
  });
  return { status, type: 'html', body };
}

export const notFound = (origin: string, site?: Site) =>
  refusal(404, '页面不存在', '您要找的页面不存在，或已不再公开。', origin, site);

export const badRequest = (origin: string, site?: Site) =>
  refusal(400, '地址有误', '地址中的页码或搜索词不符合要求，请检查后重试。', origin, site);

/** A meta description or a feed's summary: the summary when there is one, else the start of the body's text. */
export function describe(summary: string, body: string | undefined, max = 150): string {
  const text = (summary.trim() || (body ? storedHtmlToText(body) : '')).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
