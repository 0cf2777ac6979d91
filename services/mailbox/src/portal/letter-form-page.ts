// The letter form (/site/<code>/mailbox): empty, or as it was sent with the errors found, and the receipt once a
// letter is kept. It posts multipart when it takes files, url-encoded otherwise (both are read alike). What was typed
// comes back in the form whatever was refused; files cannot (a browser fills no file input), so the form says so.
import { AppError, type PublicPage, type PublicPageRequest, type SiteFrame } from '@strata/api';
import { letterLimits } from '@strata/contract';
import { newLetter } from '../letters/letter-schemas';
import type { letterSystem } from '../letters/letter-system';
import { zhCN as words } from '../locales';
import { currentMailboxSettings } from '../settings';
import { checkSolution } from './challenge';
import { checkAttachments } from './letter-attachments';
import { type FormFiles, type FormValues, kindLabel, letterForm, receiptView } from './mailbox-html';
import { field, framed, notFound, page } from './page-frame';
import { widgetAsset } from './paths';

type Mailbox = ReturnType<typeof letterSystem>['mailbox'];

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

/** The form's two pages: GET shows it, POST takes a letter (and its files). */
export function letterFormPages(
  mailbox: Mailbox,
  siteOf: (req: PublicPageRequest) => Promise<SiteFrame | null>,
  now: () => Date,
): PublicPage[] {
  const limits = currentMailboxSettings().letterFiles;

  function formAnswer(
    site: SiteFrame,
    status: 200 | 400 | 429,
    values: FormValues,
    errors: Record<string, string>,
    req?: PublicPageRequest,
    notice?: string,
  ) {
    const files: FormFiles = { ...limits, chooseAgain: !!req?.files?.length || !!req?.tooManyFiles };
    const form = letterForm(site, values, errors, widgetAsset.path, files, notice);
    return page(status, framed(site, '领导信箱', 'mailbox', form));
  }

  return [
    {
      path: '/site/:code/mailbox',
      scripts: true,
      reads: [],
      render: async (req) => {
        const site = await siteOf(req);
        return site ? formAnswer(site, 200, emptyForm, {}) : notFound();
      },
    },
    {
      path: '/site/:code/mailbox',
      method: 'POST',
      scripts: true,
      ...(limits.maxFiles > 0 ? { uploads: { field: 'files', ...limits } } : {}),
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
        const parsed = newLetter.safeParse(values);
        const attachments = await checkAttachments(req, limits);
        if (!parsed.success || 'problem' in attachments) {
          const errors = parsed.success ? {} : errorsOf(parsed.error.issues);
          if ('problem' in attachments) errors.files = attachments.problem;
          return formAnswer(site, 400, values, errors, req);
        }
        // The challenge is checked last of what costs nothing, first of what writes: no letter without it.
        const challenge = await checkSolution(field(req.form, 'altcha'));
        if (!challenge) return formAnswer(site, 400, values, { altcha: words.challengeFailed }, req);
        try {
          const receipt = await mailbox.submitLetter({
            siteUnitId: site.unitId,
            letter: parsed.data,
            address: req.address,
            now: now(),
            challengeId: challenge,
            files: attachments.files,
          });
          return page(
            200,
            framed(site, '来信已收到', 'mailbox', receiptView(site, receipt, kindLabel(parsed.data.kind))),
          );
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          if (error.code === 'TOO_MANY_REQUESTS') return formAnswer(site, 429, values, {}, req, words.tooManyLetters);
          if (error.key === 'mailbox.challengeFailed')
            return formAnswer(site, 400, values, { altcha: words.challengeFailed }, req);
          const name = error.field ?? 'form';
          const text = name === 'phone' ? '请填写正确的手机号或带区号的固定电话' : words.contactRequired;
          return formAnswer(site, 400, values, { [name]: text }, req);
        }
      },
    },
  ];
}
