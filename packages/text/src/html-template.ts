// HTML written as template literals (the portal pages of every team) that escape every value put in them: `html` escapes whatever it is given
// unless it is already Html (made by `html` itself, or `trusted` for a body the allow-list has cleaned), so a
// page cannot forget to escape a title, a summary or a label.
import { escapeHtml } from './sanitize';

export class Html {
  constructor(readonly text: string) {}
  toString() {
    return this.text;
  }
}

export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function write(value: HtmlValue): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(write).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0] as string;
  for (let i = 0; i < values.length; i++) out += write(values[i] as HtmlValue) + strings[i + 1];
  return new Html(out);
}

/**
 * Markup inserted as it is: only for what the one allow-list of @strata/text has cleaned (an article's stored
 * body). An `<img>` the editor left without alt text gets an empty one, which tells readers it is decoration.
 */
export const trusted = (cleaned: string) => new Html(cleaned.replace(/<img\b(?![^>]*\salt=)/g, '<img alt=""'));

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the control characters XML 1.0 forbids.
const notXml = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udfff]/gu;

/** Text for XML (the feeds): escaped, and without the characters XML 1.0 does not allow at all. */
export const xmlText = (text: string) => escapeHtml(text.replace(notXml, ''));
