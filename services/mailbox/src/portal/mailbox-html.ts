// The mailbox pages' HTML: the letter form (with its errors and the values sent), the receipt, and a letter as its
// code's holder sees it. Every value goes through `html`, which escapes it: what the public writes shows as text.
import type { SiteFrame } from '@strata/api';
import { letterLimits } from '@strata/contract';
import { limitInMb } from '@strata/files';
import { formatDateTime } from '@strata/i18n';
import { type Html, html } from '@strata/text';
import { letterFileExtensions } from '../letters/letter-files';
import { type LetterKind, letterKinds } from '../letters/letter-rules';
import type { Receipt } from '../letters/letter-system';
import type { PublicLetter } from '../letters/public-view';
import { acceptedWords } from './letter-attachments';

const kinds: Record<LetterKind, string> = { consultation: '咨询', complaint: '投诉', suggestion: '建议', help: '求助' };
export const kindLabel = (kind: string) => kinds[kind as LetterKind] ?? kind;

const statuses: Record<string, string> = {
  received: '已收到，待受理',
  accepted: '已受理，正在办理',
  assigned: '已受理，正在办理',
  handled: '已受理，正在办理',
  replied: '已答复',
  closed: '已办结',
  rejected: '不予受理',
};
const steps: Record<string, string> = {
  received: '来信已收到',
  accepted: '已受理',
  rejected: '不予受理',
  replied: '已答复',
  rated: '已评价',
  reopened: '重新办理',
  closed: '已办结',
};
const ratingLabels: Record<string, string> = { satisfied: '满意', basic: '基本满意', dissatisfied: '不满意' };

export type FormValues = {
  kind: string;
  title: string;
  body: string;
  name: string;
  phone: string;
  mayPublish: boolean;
};

/** The form's own few rules of layout; the site's stylesheet does the rest. */
const formStyle = html`<style>.letter-form label{display:block;margin:.8em 0 .2em;font-weight:600}.letter-form input[type=text],.letter-form input[type=tel],.letter-form input[type=file],.letter-form textarea{width:100%;box-sizing:border-box;padding:.5em;font:inherit}.letter-form fieldset{border:0;padding:0;margin:.8em 0}.letter-form fieldset label{display:inline-block;font-weight:400;margin-right:1em}.letter-form .error{color:#b42318;margin:.2em 0}.letter-form .hint{color:#555;font-size:.9em;margin:.2em 0}.letter-form button{margin-top:1em;padding:.5em 1.5em;font:inherit}.notice{border:1px solid #f0b429;background:#fff8e6;padding:.6em 1em}.code{font-size:1.6em;letter-spacing:.1em;font-family:monospace}</style>`;

const error = (errors: Record<string, string>, name: string) =>
  errors[name] ? html`<p class="error" id="${name}-error" role="alert">${errors[name]}</p>` : '';
const described = (errors: Record<string, string>, name: string) =>
  errors[name] ? html` aria-invalid="true" aria-describedby="${name}-error"` : '';

/** The form's attachments: how many and how large it takes, and whether files sent with it must be chosen again. */
export type FormFiles = { maxFiles: number; maxBytes: number; chooseAgain: boolean };

/** The attachments' input (none when the form takes no files): its limits, its error, and a word on choosing again. */
function filesInput(files: FormFiles, errors: Record<string, string>): Html | '' {
  if (files.maxFiles === 0) return '';
  const again = files.chooseAgain ? html`<p class="hint">上次选择的附件没有保存，提交前请重新选择。</p>` : '';
  return html`<label for="files">附件（可不附）</label><input type="file" id="files" name="files" multiple accept="${letterFileExtensions}"${described(errors, 'files')}><p class="hint">最多 ${files.maxFiles} 个，每个不超过 ${limitInMb(files.maxBytes)} MB；可以附上${acceptedWords}。</p>${again}${error(errors, 'files')}`;
}

export function letterForm(
  site: SiteFrame,
  values: FormValues,
  errors: Record<string, string>,
  widgetPath: string,
  files: FormFiles,
  notice?: string,
): Html {
  const action = `${site.home}mailbox`;
  // Files need a multipart body: a plain form posts them without any script.
  const enctype = files.maxFiles > 0 ? html` enctype="multipart/form-data"` : '';
  return html`${formStyle}<h1>领导信箱</h1><p>您可以向${site.name}写信咨询、投诉、提出建议或求助。我们会在规定的工作日内答复；提交后您会得到一个查询码，凭它查看办理进度和答复（<a href="${site.home}mailbox/follow">查询来信</a>，<a href="${site.home}letters">公开答复</a>）。</p>${
    notice ? html`<p class="notice" role="alert">${notice}</p>` : ''
  }<form class="letter-form" method="post" action="${action}"${enctype}><fieldset><legend>来信类型</legend>${letterKinds.map(
    (kind) =>
      html`<label><input type="radio" name="kind" value="${kind}"${values.kind === kind ? html` checked` : ''}> ${kinds[kind]}</label>`,
  )}</fieldset>${error(errors, 'kind')}<label for="title">标题</label><input type="text" id="title" name="title" required minlength="${letterLimits.titleMin}" maxlength="${letterLimits.titleMax}" value="${values.title}"${described(errors, 'title')}>${error(errors, 'title')}<label for="body">内容</label><textarea id="body" name="body" rows="8" required minlength="${letterLimits.bodyMin}" maxlength="${letterLimits.bodyMax}"${described(errors, 'body')}>${values.body}</textarea><p class="hint">最多 ${letterLimits.bodyMax} 字。请勿在内容中填写身份证号等个人信息。</p>${error(errors, 'body')}<label for="name">姓名</label><input type="text" id="name" name="name" maxlength="${letterLimits.nameMax}" autocomplete="name" value="${values.name}"${described(errors, 'name')}>${error(errors, 'name')}<label for="phone">联系电话</label><input type="tel" id="phone" name="phone" maxlength="${letterLimits.phoneMax}" autocomplete="tel" value="${values.phone}"${described(errors, 'phone')}><p class="hint">投诉和求助请留下姓名和电话，便于联系核实；咨询和建议可不填。姓名和电话加密保存，只有办理单位可见。</p>${error(errors, 'phone')}<label><input type="checkbox" name="mayPublish" value="yes"${values.mayPublish ? html` checked` : ''}> 同意公开这封来信（不含姓名和电话）</label>${filesInput(files, errors)}<altcha-widget challenge="${site.home}mailbox/challenge" name="altcha" language="zh-cn" auto="onload"></altcha-widget><noscript><p class="notice">提交前需要浏览器完成一次人机验证（不会收集您的信息），请启用 JavaScript 后再提交；也可以拨打办公电话反映。</p></noscript>${error(errors, 'altcha')}${error(errors, 'form')}<button type="submit">提交来信</button></form><script src="${widgetPath}" defer></script>`;
}

export function receiptView(site: SiteFrame, receipt: Receipt, kind: string): Html {
  return html`${formStyle}<h1>来信已收到</h1><p>您的${kind}来信编号为 <strong>${receipt.number}</strong>，我们将在 <strong>${receipt.dueDate}</strong> 前答复。</p><p>您的查询码（只显示这一次，请抄写或截图保存）：</p><p class="code">${receipt.queryCode}</p><p>凭查询码可以<a href="${site.home}mailbox/follow">查看办理进度和答复</a>，并对答复作出评价。</p>`;
}

const time = (iso: string | null) => (iso ? formatDateTime(iso, 'zh-CN') : '');

/** The code form, and below it the letter the code opened (or what went wrong). */
export function letterView(site: SiteFrame, letter: PublicLetter | null, code: string, problem?: string): Html {
  const form = html`<form class="letter-form" method="post" action="${site.home}mailbox/follow"><label for="code">查询码</label><input type="text" id="code" name="code" required maxlength="40" autocomplete="off" value="${code}"><button type="submit">查询</button></form>`;
  const missing =
    code && !letter && !problem
      ? html`<p class="notice" role="alert">没有找到这个查询码对应的来信，请核对后重试。</p>`
      : '';
  return html`${formStyle}<h1>查询来信</h1>${problem ? html`<p class="notice" role="alert">${problem}</p>` : ''}${missing}${form}${
    letter ? letterDetails(site, letter, code) : ''
  }`;
}

function letterDetails(site: SiteFrame, letter: PublicLetter, code: string): Html {
  const rate = letter.mayRate
    ? html`<form class="letter-form" method="post" action="${site.home}mailbox/rate"><input type="hidden" name="code" value="${code}"><fieldset><legend>您对答复是否满意？</legend>${Object.entries(
        ratingLabels,
      ).map(
        ([value, label]) => html`<label><input type="radio" name="rating" value="${value}" required> ${label}</label>`,
      )}</fieldset>${
        letter.mayReopen
          ? html`<label><input type="checkbox" name="reopen" value="yes"> 不满意时，请求重新办理（只能请求一次）</label>`
          : ''
      }<label for="comment">意见（可不填）</label><textarea id="comment" name="comment" rows="3" maxlength="${letterLimits.reasonMax}"></textarea><button type="submit">提交评价</button></form>`
    : '';
  return html`<section><h2>${letter.title}</h2><p class="meta">编号 ${letter.number} · ${kindLabel(letter.kind)} · ${time(
    letter.receivedAt,
  )} · ${statuses[letter.status] ?? letter.status}${letter.overdue ? ' · 已超过答复期限' : ''}</p><p>${letter.body}</p>${
    letter.reason ? html`<h3>不予受理的理由</h3><p>${letter.reason}</p>` : ''
  }${
    letter.reply
      ? html`<h3>答复${letter.replyUnitName ? html`（${letter.replyUnitName}）` : ''}</h3><p>${letter.reply}</p><p class="meta">${time(letter.repliedAt)}</p>`
      : html`<p>答复期限：${letter.dueDate}</p>`
  }${letter.rating ? html`<p>您的评价：${ratingLabels[letter.rating]}</p>` : ''}<h3>办理过程</h3><ol>${letter.steps.map(
    (s) => html`<li>${time(s.at)} ${steps[s.kind] ?? s.kind}${s.text ? html`：${s.text}` : ''}</li>`,
  )}</ol>${rate}</section>`;
}
