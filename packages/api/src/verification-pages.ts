// The public verification of a certificate Strata issues (volunteer service, training), the same for every team: a
// form asking for the number (`<path>`, also its GET answer with `?number=`) and the verdict at `<path>/<number>`.
// Plain HTML, no script. The verdict shows what the team says the certificate states (its facts, the holder's name
// already masked by the team) and whether it is valid or revoked; a number that is unknown, or cannot be one, answers
// the same page. A team gives its words, how a typed number is read and how a number is found.
import type { Table } from '@strata/db';
import { Html, html } from '@strata/text';
import type { PublicPage, PublicPageAnswer, PublicPageRequest } from './public-pages';

/** What a certificate states, as the verdict lists it (label, value), and whether it was revoked. */
export type VerifiedFacts = { revoked: boolean; facts: readonly (readonly [label: string, value: string])[] };

export type VerificationPagesOptions = {
  /** The form's address (`/site/verify/volunteer`); the verdict of a number is at `<path>/<number>`. */
  path: string;
  /** The page's heading, in Chinese and in English, and the document's title. */
  heading: string;
  headingEn: string;
  documentTitle: string;
  /** The kind of certificate (`志愿服务证明`) and its short name in the verdict (`证明`: 该证明真实有效). */
  noun: string;
  short: string;
  /** The number field's label (`证明编号`) and its placeholder (`VC-XXXXXXXXXXXX`). */
  numberLabel: string;
  placeholder: string;
  /** The number as typed, in its written form; null when it cannot be one. */
  read: (typed: string) => string | null;
  /** The certificate with that number; null when there is none. */
  find: (number: string) => Promise<VerifiedFacts | null>;
  /** The tables `find` reads (a verdict is kept for a second while none is written). */
  reads: readonly Table[];
};

const style = `body{font-family:system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.6}h1{font-size:1.5rem;margin-bottom:0}.en{color:#666;margin-top:.25rem}dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dt{color:#666}.valid{color:#1a7f37}.revoked,.unknown{color:#b42318}form{margin:1.5rem 0}input{font-size:1rem;padding:.4rem;width:16rem}button{font-size:1rem;padding:.4rem 1rem}`;

const answer = (status: PublicPageAnswer['status'], body: string): PublicPageAnswer => ({ status, type: 'html', body });

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The two routes of a team's verification: the form (and its GET answer) and a number's verdict. */
export function verificationPages(o: VerificationPagesOptions): PublicPage[] {
  const document = (main: Html) =>
    html`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${o.documentTitle}</title><style>${new Html(style)}</style></head><body><main><h1>${o.heading}</h1><p class="en" lang="en">${o.headingEn}</p>${main}<p><a href="/site/">网站群导航</a></p></main></body></html>`
      .text;
  const form = html`<form method="get" action="${o.path}"><label for="number">${o.numberLabel} <span lang="en">Number</span></label><br><input id="number" name="number" required maxlength="20" placeholder="${o.placeholder}" autocomplete="off"> <button type="submit">核验 <span lang="en">Verify</span></button></form>`;

  function verdict(found: VerifiedFacts | null): PublicPageAnswer {
    if (!found)
      return answer(
        404,
        document(
          html`<p class="unknown"><strong>未找到该编号的${o.noun}</strong>，请核对编号后重试。</p><p class="en" lang="en">No certificate has this number: check it and try again.</p>${form}`,
        ),
      );
    const state = found.revoked
      ? html`<p class="revoked"><strong>该${o.short}已作废</strong></p><p class="en" lang="en">This certificate has been revoked.</p>`
      : html`<p class="valid"><strong>该${o.short}真实有效</strong></p><p class="en" lang="en">This certificate is valid.</p>`;
    const facts = found.facts.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`);
    return answer(200, document(html`${state}<dl>${facts}</dl>${form}`));
  }

  async function verify(typed: string): Promise<PublicPageAnswer> {
    const number = o.read(typed);
    return verdict(number ? await o.find(number) : null);
  }

  return [
    {
      path: o.path,
      reads: o.reads,
      render: async (req: PublicPageRequest) => {
        const typed = firstOf(req.query.number);
        if (typed) return verify(typed);
        return answer(
          200,
          document(
            html`<p>请输入${o.noun}上的编号，核验${o.short}的真伪。</p><p class="en" lang="en">Enter the number printed on the certificate.</p>${form}`,
          ),
        );
      },
    },
    { path: `${o.path}/:number`, reads: o.reads, render: (req) => verify(req.params.number ?? '') },
  ];
}
