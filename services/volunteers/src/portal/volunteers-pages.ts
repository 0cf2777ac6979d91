// The volunteers on the portal: the public verification of a certificate of service hours (/site/verify/volunteer,
// a form asking for the number, and /site/verify/volunteer/<number>), and each unit's published upcoming activities
// on its site (/site/<code>/volunteers) with a link to sign up in the console. Plain HTML, no script. The
// verification shows what the certificate states and nothing more: the holder's name masked, the hours, the period,
// the issuing unit and the day of issue; a number that is unknown, or cannot be one, answers the same page.
import type { PublicPage, PublicPageAnswer, PublicPageDeps, PublicPageRequest, SiteFrame } from '@strata/api';
import { formatMinutes } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { calendarDay } from '@strata/i18n/days';
import { maskName } from '@strata/personal-data';
import { Html, html } from '@strata/text';
import { certificateByNumber, type VerifiedCertificate } from '../certificates/certificate.sql';
import { certificateNumberOf } from '../certificates/certificate-number';

/** The volunteers' entry in every site's navigation. */
export const volunteersNav = { key: 'volunteers', label: '志愿服务', path: 'volunteers' } as const;

export const verifyPath = '/site/verify/volunteer';
/** The most upcoming activities a site's page lists. */
const activitiesShown = 50;

const page = (status: PublicPageAnswer['status'], body: string): PublicPageAnswer => ({ status, type: 'html', body });

const style = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}h1{font-size:1.5rem;margin-bottom:0}.en{color:#666;margin-top:.25rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{color:#666}.valid{color:#1a7f37}.revoked,.unknown{color:#b42318}form{margin:1.5rem 0}input{font-size:1rem;padding:.4rem;width:16rem}button{font-size:1rem;padding:.4rem 1rem}`;

function verifyDocument(main: Html): string {
  return html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>志愿服务证明核验 Volunteer certificate verification</title><style>${new Html(style)}</style></head><body><main><h1>志愿服务证明核验</h1><p class="en" lang="en">Verify a certificate of volunteer service hours</p>${main}<p><a href="/site/">网站群导航</a></p></main></body></html>`
    .text;
}

const form = html`<form method="get" action="${verifyPath}"><label for="number">证明编号 <span lang="en">Number</span></label><br><input id="number" name="number" required maxlength="20" placeholder="VC-XXXXXXXXXXXX" autocomplete="off"> <button type="submit">核验 <span lang="en">Verify</span></button></form>`;

function verdict(certificate: VerifiedCertificate | null): PublicPageAnswer {
  if (!certificate)
    return page(
      404,
      verifyDocument(
        html`<p class="unknown"><strong>未找到该编号的志愿服务证明</strong>，请核对编号后重试。</p><p class="en" lang="en">No certificate has this number: check it and try again.</p>${form}`,
      ),
    );
  const revoked = certificate.revokedAt !== null;
  const state = revoked
    ? html`<p class="revoked"><strong>该证明已作废</strong></p><p class="en" lang="en">This certificate has been revoked.</p>`
    : html`<p class="valid"><strong>该证明真实有效</strong></p><p class="en" lang="en">This certificate is valid.</p>`;
  return page(
    200,
    verifyDocument(
      html`${state}<dl><dt>证明编号</dt><dd>${certificate.number}</dd><dt>持有人</dt><dd>${maskName(certificate.name)}</dd><dt>服务时长</dt><dd>${formatMinutes(certificate.minutes)} 小时</dd><dt>服务期间</dt><dd>${certificate.fromOn} 至 ${certificate.toOn}</dd><dt>出具单位</dt><dd>${certificate.unitName}</dd><dt>出具日期</dt><dd>${calendarDay(certificate.issuedAt)}</dd></dl>${form}`,
    ),
  );
}

async function verify(deps: PublicPageDeps, typed: string): Promise<PublicPageAnswer> {
  const number = certificateNumberOf(typed);
  return verdict(number ? await certificateByNumber(deps.db, number) : null);
}

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

function activitiesPage(site: SiteFrame, rows: UpcomingActivity[]): string {
  const items = rows.map((a) => {
    const places =
      a.mode === 'walkIn'
        ? '无需报名，现场签到'
        : a.placesLeft === null
          ? '名额不限'
          : a.placesLeft > 0
            ? `剩余名额 ${a.placesLeft}`
            : '名额已满（可候补）';
    return html`<li><h2>${a.title}</h2><div class="meta">${formatDateTime(a.startsAt, 'zh-CN')} 至 ${formatDateTime(a.endsAt, 'zh-CN')} · ${a.place}</div><p>${places}</p><p><a href="/volunteers/join/${String(a.id)}">我要报名</a></p></li>`;
  });
  return site.render({
    title: '志愿服务',
    description: `${site.name}即将开展的志愿服务活动。`,
    path: volunteersNav.path,
    current: volunteersNav.key,
    crumbs: [{ label: '志愿服务' }],
    main: html`<h1>志愿服务</h1><p class="en" lang="en">Upcoming volunteer activities</p>${
      items.length ? html`<ol class="list">${items}</ol>` : html`<p class="empty">暂无即将开展的志愿服务活动。</p>`
    }<p><a href="${verifyPath}">志愿服务证明核验</a></p>`,
  });
}

type UpcomingActivity = {
  id: number;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  mode: string;
  placesLeft: number | null;
};

export const volunteersPages = (deps: PublicPageDeps): PublicPage[] => [
  {
    path: verifyPath,
    render: async (req: PublicPageRequest) => {
      const typed = firstOf(req.query.number);
      if (typed) return verify(deps, typed);
      return page(
        200,
        verifyDocument(
          html`<p>请输入志愿服务证明上的编号，核验证明的真伪。</p><p class="en" lang="en">Enter the number printed on the certificate.</p>${form}`,
        ),
      );
    },
  },
  { path: `${verifyPath}/:number`, render: (req) => verify(deps, req.params.number ?? '') },
  {
    path: '/site/:code/volunteers',
    render: async (req) => {
      const site = await deps.siteFrame(req.params.code ?? '', req.origin);
      if (!site)
        return page(
          404,
          html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面不存在</title></head><body><h1>页面不存在</h1><p><a href="/site/">查看网站群导航</a></p></body></html>`
            .text,
        );
      const rows = await deps.db.activity.findMany({
        where: { unitId: site.unitId, status: 'published', startsAt: { gt: deps.now() } },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
        take: activitiesShown,
        select: { id: true, title: true, startsAt: true, endsAt: true, place: true, mode: true, placesLeft: true },
      });
      return page(200, activitiesPage(site, rows));
    },
  },
];
