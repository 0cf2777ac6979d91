// The one allow-list for rich text the server stores (articles now, mailbox letters later). What a browser sends
// is never trusted: whatever an editor produced, the server keeps only what this policy names, so every page that
// renders stored rich text can insert it as HTML. Widening the policy is a security decision taken here, once,
// for every team; a team that needs a tag or attribute asks for it here rather than sanitising on its own.
import sanitizeHtml from 'sanitize-html';

type Attributes = Record<string, string>;

/** The policy as data, so a test or a review page can print exactly what is allowed. */
export const richHtmlPolicy = deepFreeze({
  tags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'b',
    'em',
    'i',
    'u',
    's',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
    'pre',
    'code',
    'figure',
    'figcaption',
    'video',
    'span',
  ],
  /** Every attribute not listed is dropped: no style, class, id, event handler or data-* anywhere. */
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    video: ['src', 'controls', 'poster'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  /** Values that pass; anything else drops the attribute (and the tag, where it is useless without it). */
  values: {
    'a[href]': 'http:, https: or mailto: URL, or a site-relative path starting with "/" (not "//")',
    'a[rel,target]':
      'never taken from input; rel="noopener noreferrer nofollow" target="_blank" are set on absolute http(s) links',
    'a without a valid href': 'unwrapped: its text stays, the tag goes',
    'img[src]': 'site-relative path under /files/ or an https: URL; an img without a valid src is removed',
    'img[width,height]': 'positive integer (pixels), at most 10000',
    'video[src,poster]': 'site-relative path under /files/; a video without a valid src is removed',
    'video[controls]': 'boolean',
    'th,td[colspan,rowspan]': 'positive integer (colspan at most 1000, rowspan at most 65534, as browsers clamp)',
    'ol[start]': 'integer',
  },
  /** Disallowed tags whose content goes with them (elsewhere a disallowed tag is dropped and its text kept). */
  droppedWithContent: [
    'script',
    'style',
    'textarea',
    'option',
    'select',
    'xmp',
    'title',
    'noscript',
    'noembed',
    'noframes',
    'iframe',
    'frameset',
    'template',
    'object',
    'applet',
    'svg',
    'math',
    'head',
  ],
  /** Removed before parsing: NUL and the other C0/C1 controls (tab, newline, carriage return stay). */
  controlCharacters: 'removed; a lone surrogate becomes U+FFFD',
} as const);

// A base no real URL has, to tell "site-relative" from "absolute" with the WHATWG parser browsers use.
const siteBase = 'https://site.invalid';

/** A site-relative path, normalised ("/a/../b" becomes "/b"); undefined for anything that leaves the site. */
function sitePath(value: string): string | undefined {
  // "//host" and "/\host" are protocol-relative to browsers; only a single "/" followed by a path is ours.
  if (!/^\/(?![/\\])/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, siteBase);
  } catch {
    return undefined;
  }
  if (url.origin !== siteBase) return undefined;
  return url.pathname + url.search + url.hash;
}

/** An absolute URL with one of the schemes, serialised as parsed (what was checked is what is stored). */
function absoluteUrl(value: string, schemes: readonly string[]): URL | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return schemes.includes(url.protocol) ? url : undefined;
}

// A file under /files/ after normalisation: "/files/../api/x" resolves outside it and is refused, so an image
// cannot make a reader's browser call an arbitrary endpoint of the site with their session.
const filesPath = (value: string) => {
  const path = sitePath(value);
  return path?.startsWith('/files/') && path.length > '/files/'.length ? path : undefined;
};

const positiveInteger = (max: number) => (value: string) => {
  if (!/^\s*\d{1,6}\s*$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= max ? String(n) : undefined;
};

type Check = (value: string) => string | undefined;

const checks: Record<string, Record<string, Check>> = {
  a: {
    href: (value) => sitePath(value) ?? absoluteUrl(value, ['http:', 'https:', 'mailto:'])?.href,
    title: (value) => value,
  },
  img: {
    src: (value) => filesPath(value) ?? absoluteUrl(value, ['https:'])?.href,
    alt: (value) => value,
    width: positiveInteger(10_000),
    height: positiveInteger(10_000),
  },
  video: {
    src: filesPath,
    poster: filesPath,
    controls: () => '',
  },
  th: { colspan: positiveInteger(1000), rowspan: positiveInteger(65_534) },
  td: { colspan: positiveInteger(1000), rowspan: positiveInteger(65_534) },
  ol: { start: (value) => (/^\s*-?\d{1,9}\s*$/.test(value) ? String(Number(value)) : undefined) },
};

/** Keeps the attributes the tag's checks accept, with the checked (normalised) values. */
function checkAttributes(tagName: string, attribs: Attributes): Attributes {
  const tagChecks = checks[tagName] ?? {};
  const kept: Attributes = {};
  for (const [name, value] of Object.entries(attribs)) {
    const check = Object.hasOwn(tagChecks, name) ? tagChecks[name] : undefined;
    const checked = check?.(value);
    if (checked !== undefined) kept[name] = checked;
  }
  return kept;
}

const transformTags: Record<string, sanitizeHtml.Transformer> = {};
for (const tag of Object.keys(checks)) {
  transformTags[tag] = (tagName, attribs) => ({ tagName, attribs: checkAttributes(tagName, attribs) });
}
transformTags.a = (tagName, attribs) => {
  const kept = checkAttributes(tagName, attribs);
  // Leaving the site: the new page gets no handle on ours (noopener), no referrer, and no ranking from us.
  if (kept.href && /^https?:/.test(kept.href)) {
    kept.rel = 'noopener noreferrer nofollow';
    kept.target = '_blank';
  }
  return { tagName, attribs: kept };
};

const options: sanitizeHtml.IOptions = {
  allowedTags: [...richHtmlPolicy.tags],
  // rel and target only ever carry the values transformTags.a sets; input values never reach here.
  allowedAttributes: {
    ...Object.fromEntries(Object.entries(richHtmlPolicy.attributes).map(([tag, names]) => [tag, [...names]])),
    a: [...richHtmlPolicy.attributes.a, 'rel', 'target'],
  },
  // Checked again by sanitize-html after our own checks: a second, independent refusal of script URLs.
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'], video: [] },
  allowProtocolRelative: false,
  allowedClasses: {},
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  nonTextTags: [...richHtmlPolicy.droppedWithContent],
  transformTags,
  exclusiveFilter: (frame) => {
    if ((frame.tag === 'img' || frame.tag === 'video') && !frame.attribs.src) return true;
    if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
    return false;
  },
  parser: { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
};

// Controls have no place in stored text and NUL is refused by PostgreSQL text columns; lone surrogates cannot be
// encoded as UTF-8. Both are cleaned before parsing, so the parser sees what will be stored.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(text: string): string {
  return text.replace(controlCharacters, '').replace(loneSurrogates, '\uFFFD');
}

/**
 * Rich text as the server stores it: only the allow-listed tags and attributes, URLs checked, text escaped.
 * Idempotent: sanitising the result again changes nothing.
 */
export function sanitizeRichHtml(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  // One pass is not always a fixed point: malformed table markup (`<thead>!<td>!`) is nested one way by the first
  // pass and another by the second. Stored bodies are read without sanitising again (storedHtmlToText), so they
  // must be what a second pass would leave: passes run until nothing changes (two, nearly always).
  let safe = sanitizeHtml(clean(html), options);
  for (let pass = 0; pass < 4; pass++) {
    const again = sanitizeHtml(clean(safe), options);
    if (again === safe) break;
    safe = again;
  }
  return safe;
}

// Elements that start a new line in the visible text; table cells are separated by a space.
const lineTags = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'hr',
  'pre',
  'figure',
  'figcaption',
  'video',
]);
const cellTags = new Set(['th', 'td']);

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
    }
    return namedEntities[body.toLowerCase()] ?? entity;
  });
}

/**
 * The visible text of rich HTML from outside (a browser's body, before it is stored), for sensitive-word checks:
 * sanitised first, so a script's or style's text never counts, then read as storedHtmlToText reads it.
 */
export function richHtmlToText(html: string): string {
  return storedHtmlToText(sanitizeRichHtml(html));
}

/**
 * The visible text of rich HTML as the server stores it (sanitizeRichHtml's output: every write sanitises the body
 * before it stores it), for search indexing, snippets, summaries and diffs: one line per block, entities decoded,
 * whitespace collapsed. It does not sanitise again: that costs about 15 times the reading (0.07 ms an article, paid
 * for each of a search page's results and each article the index rebuilds). Given HTML from outside, call
 * richHtmlToText: here a script's text would be read as text (never run: the result is plain text).
 */
export function storedHtmlToText(safe: string): string {
  // The sanitiser's output escapes every "<" and ">" in text and attribute values, so each "<...>" is a tag and
  // everything between tags is text. Newlines in the source are only whitespace; lines come from the elements.
  const lines: string[] = [];
  let line = '';
  for (const [token, tagName] of safe.matchAll(/<\/?([a-z0-9]+)[^>]*>|[^<]+/g)) {
    if (tagName === undefined) line += decodeEntities(token);
    else if (lineTags.has(tagName)) {
      lines.push(line);
      line = '';
    } else if (cellTags.has(tagName)) line += ' ';
  }
  lines.push(line);
  return lines
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '')
    .join('\n');
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Plain text made safe for an HTML element or a quoted attribute value in a server-rendered page. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => htmlEscapes[c]!);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
