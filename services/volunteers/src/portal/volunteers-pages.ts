// The volunteers on the portal: the public verification of a certificate of service hours (/site/verify/volunteer,
// a form asking for the number, and /site/verify/volunteer/<number>), and each unit's published upcoming activities
// on its site (/site/<code>/volunteers) with a link to sign up in the console. Plain HTML, no script. The
// verification shows what the certificate states and nothing more: the holder's name masked, the hours, the period,
// the issuing unit and the day of issue; a number that is unknown, or cannot be one, answers the same page.
import {
  type PublicPage,
  type PublicPageAnswer,
  type PublicPageDeps,
  type SiteFrame,
  type VerifiedFacts,
  verificationPages,
} from '@strata/api';
import { formatMinutes } from '@strata/contract';
import { formatDateTime } from '@strata/i18n';
import { calendarDay } from '@strata/i18n/days';
import { maskName } from '@strata/personal-data';
import { html } from '@strata/text';
import { certificateByNumber, type VerifiedCertificate } from '../certificates/certificate.sql';
import { certificateNumberOf } from '../certificates/certificate-number';

/** The volunteers' entry in every site's navigation. */
export const volunteersNav = { key: 'volunteers', label: '志愿服务', path: 'volunteers' } as const;

export const verifyPath = '/site/verify/volunteer';
/** The most upcoming activities a site's page lists. */
const activitiesShown = 50;

const page = (status: PublicPageAnswer['status'], body: string): PublicPageAnswer => ({ status, type: 'html', body });

/** The verification's two routes, the form and a number's verdict (the pattern every team's certificates share). */
const verifyPages = (deps: PublicPageDeps) =>
  verificationPages({
    path: verifyPath,
    heading: '志愿服务证明核验',
    headingEn: 'Verify a certificate of volunteer service hours',
    documentTitle: '志愿服务证明核验 Volunteer certificate verification',
    noun: '志愿服务证明',
    short: '证明',
    numberLabel: '证明编号',
    placeholder: 'VC-XXXXXXXXXXXX',
    read: certificateNumberOf,
    reads: ['VolunteerCertificate', 'Volunteer', 'Unit'],
    find: async (number) => {
      const certificate = await certificateByNumber(deps.db, number);
      return certificate && statedFacts(certificate);
    },
  });

/** What the certificate states, the holder's name masked. */
const statedFacts = (certificate: VerifiedCertificate): VerifiedFacts => ({
  revoked: certificate.revokedAt !== null,
  facts: [
    ['证明编号', certificate.number],
    ['持有人', maskName(certificate.name)],
    ['服务时长', `${formatMinutes(certificate.minutes)} 小时`],
    ['服务期间', `${certificate.fromOn} 至 ${certificate.toOn}`],
    ['出具单位', certificate.unitName],
    ['出具日期', calendarDay(certificate.issuedAt)],
  ],
});

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
  ...verifyPages(deps),
  {
    path: '/site/:code/volunteers',
    reads: ['Activity'],
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
