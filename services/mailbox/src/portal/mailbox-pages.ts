// The mailbox on every unit's site (/site/<code>/mailbox): the letter form, the receipt with its query code, the
// page where a code's holder follows the letter and rates the reply, and the letters answered in public. Plain HTML
// forms the server answers: everything but the proof-of-work check works without JavaScript, and that check is the
// one script a mailbox page loads (this origin's copy of the altcha widget).
import {
  AppError,
  type PublicPage,
  type PublicPageAnswer,
  type PublicPageDeps,
  type PublicPageRequest,
  type SiteFrame,
} from '@strata/api';
import { letterLimits } from '@strata/contract';
import { html } from '@strata/text';
import { newLetter } from '../letters/letter-schemas';
import { letterSystem } from '../letters/letter-system';
import { zhCN as words } from '../locales';
import { checkSolution, newChallenge } from './challenge';
import { type FormValues, kindLabel, letterForm, letterView, receiptView } from './mailbox-html';
import { mailboxNav, widgetAsset } from './paths';
import { publicLettersPage } from './public-letters';

const widgetPath = widgetAsset.path;

const field = (form: PublicPageRequest['form'], name: string) => {
  const value = form[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};

const page = (status: PublicPageAnswer['status'], body: string): PublicPageAnswer => ({ status, type: 'html', body });

function notFound(): PublicPageAnswer {
  return page(
    404,
    html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>页面不存在</title></head><body><h1>页面不存在</h1><p><a href="/site/">查看网站群导航</a></p></body></html>`
      .text,
  );
}

function framed(
  site: SiteFrame,
  title: string,
  path: string,
  main: ReturnType<typeof html>,
  crumbs = [{ label: title }],
) {
  return site.render({
    title,
    description: `${site.name}领导信箱：来信、查询办理进度与公开答复。`,
    path,
    current: mailboxNav.key,
    crumbs: title === '领导信箱' ? [{ label: title }] : [{ label: '领导信箱', href: `${site.home}mailbox` }, ...crumbs],
    main,
  });
}

/** The form, empty or as it was sent with the errors found. */
function formAnswer(
  site: SiteFrame,
  status: 200 | 400 | 429,
  values: FormValues,
  errors: Record<string, string>,
  notice?: string,
) {
  return page(status, framed(site, '领导信箱', 'mailbox', letterForm(site, values, errors, widgetPath, notice)));
}

const emptyForm: FormValues = { kind: 'consultation', title: '', body: '', name: '', phone: '', mayPublish: false };

/** The field errors of a refused letter, in the form's words. */
function errorsOf(issues: { path: PropertyKey[]; code: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const name = String(issue.path[0] ?? 'form');
    errors[name] ??=
      name === 'title'
        ? `标题请写 ${letterLimits.titleMin}–${letterLimits.titleMax} 个字`
        : name === 'body'
          ? `内容请写 ${letterLimits.bodyMin}–${letterLimits.bodyMax} 个字`
          : name === 'kind'
            ? '请选择来信类型'
            : '请检查这一项';
  }
  return errors;
}

export const mailboxPages = (deps: PublicPageDeps): PublicPage[] => {
  const system = letterSystem(deps.db).mailbox;
  const siteOf = (req: PublicPageRequest) => deps.siteFrame(req.params.code ?? '', req.origin);

  return [
    {
      path: '/site/:code/mailbox',
      scripts: true,
      render: async (req) => {
        const site = await siteOf(req);
        return site ? formAnswer(site, 200, emptyForm, {}) : notFound();
      },
    },
    {
      path: '/site/:code/mailbox',
      method: 'POST',
      scripts: true,
      render: async (req) => {
        const site = await siteOf(req);
        if (!site) return notFound();
        const values: FormValues = {
          kind: field(req.form, 'kind'),
          title: field(req.form, 'title'),
          body: field(req.form, 'body'),
          name: field(req.form, 'name'),
          phone: field(req.form, 'phone'),
          mayPublish: field(req.form, 'mayPublish') === 'yes',
        };
        const parsed = newLetter.safeParse({ ...values, kind: values.kind });
        if (!parsed.success) return formAnswer(site, 400, values, errorsOf(parsed.error.issues));
        // The challenge is checked last of what costs nothing, first of what writes: no letter without it.
        const challenge = await checkSolution(field(req.form, 'altcha'));
        if (!challenge) return formAnswer(site, 400, values, { altcha: words.challengeFailed });
        try {
          const receipt = await system.submitLetter({
            siteUnitId: site.unitId,
            letter: parsed.data,
            address: req.address,
            now: deps.now(),
            challengeId: challenge,
          });
          return page(
            200,
            framed(site, '来信已收到', 'mailbox', receiptView(site, receipt, kindLabel(parsed.data.kind))),
          );
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          if (error.code === 'TOO_MANY_REQUESTS') return formAnswer(site, 429, values, {}, words.tooManyLetters);
          if (error.key === 'mailbox.challengeFailed')
            return formAnswer(site, 400, values, { altcha: words.challengeFailed });
          const name = error.field ?? 'form';
          const text = name === 'phone' ? '请填写正确的手机号或带区号的固定电话' : words.contactRequired;
          return formAnswer(site, 400, values, { [name]: text });
        }
      },
    },
    {
      path: '/site/:code/mailbox/challenge',
      noStore: true,
      render: async () => ({ status: 200, type: 'json', body: JSON.stringify(await newChallenge(deps.now())) }),
    },
    {
      path: '/site/:code/mailbox/follow',
      render: async (req) => {
        const site = await siteOf(req);
        if (!site) return notFound();
        return page(200, framed(site, '查询来信', 'mailbox/follow', letterView(site, null, '')));
      },
    },
    {
      path: '/site/:code/mailbox/follow',
      method: 'POST',
      render: async (req) => {
        const site = await siteOf(req);
        if (!site) return notFound();
        const code = field(req.form, 'code');
        try {
          const letter = await system.followLetter({ code, address: req.address, now: deps.now() });
          return page(letter ? 200 : 404, framed(site, '查询来信', 'mailbox/follow', letterView(site, letter, code)));
        } catch (error) {
          if (error instanceof AppError && error.code === 'TOO_MANY_REQUESTS')
            return page(
              429,
              framed(site, '查询来信', 'mailbox/follow', letterView(site, null, '', words.tooManyCodes)),
            );
          throw error;
        }
      },
    },
    {
      path: '/site/:code/mailbox/rate',
      method: 'POST',
      render: async (req) => {
        const site = await siteOf(req);
        if (!site) return notFound();
        const code = field(req.form, 'code');
        const rating = field(req.form, 'rating');
        if (rating !== 'satisfied' && rating !== 'basic' && rating !== 'dissatisfied')
          return page(400, framed(site, '查询来信', 'mailbox/follow', letterView(site, null, code, '请选择评价')));
        try {
          const letter = await system.rateLetter({
            code,
            rating,
            reopen: field(req.form, 'reopen') === 'yes',
            comment: field(req.form, 'comment').trim().slice(0, letterLimits.reasonMax),
            address: req.address,
            now: deps.now(),
          });
          return page(letter ? 200 : 404, framed(site, '查询来信', 'mailbox/follow', letterView(site, letter, code)));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const text = error.code === 'TOO_MANY_REQUESTS' ? words.tooManyCodes : words.alreadyRated;
          return page(
            error.code === 'TOO_MANY_REQUESTS' ? 429 : 400,
            framed(site, '查询来信', 'mailbox/follow', letterView(site, null, code, text)),
          );
        }
      },
    },
    { path: '/site/:code/letters', render: (req) => publicLettersPage(deps, req) },
  ];
};
