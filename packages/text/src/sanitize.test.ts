import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, richHtmlPolicy, richHtmlToText, sanitizeRichHtml, storedHtmlToText } from './sanitize';
import { xssPayloads } from './xss-corpus';

// Every "<" the sanitiser emits opens a tag (text and attribute values have theirs escaped), so the output can be
// read back tag by tag and each tag checked against the policy, not only searched for known-bad strings.
const tagPattern = /<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*(\/?)>/g;
const attributePattern = /\s+([^\s=/>]+)(?:="([^"]*)")?/g;

function tagsOf(html: string) {
  const tags: { name: string; closing: boolean; attributes: Record<string, string> }[] = [];
  let consumed = 0;
  for (const match of html.matchAll(tagPattern)) {
    const [whole, closing, name, attributeText] = match;
    const attributes: Record<string, string> = {};
    for (const [, attribute, value] of attributeText!.matchAll(attributePattern)) attributes[attribute!] = value ?? '';
    tags.push({ name: name!, closing: closing === '/', attributes });
    consumed += whole.length;
  }
  // Every "<" was part of a well-formed tag: nothing half-parsed a browser could read differently.
  expect((html.match(/</g) ?? []).length).toBe(tags.length);
  expect(consumed).toBeLessThanOrEqual(html.length);
  return tags;
}

const decode = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A URL attribute's value obeys the policy for its tag. */
function assertUrl(tag: string, raw: string) {
  const value = decode(raw);
  expect(value).not.toMatch(/^\s*(javascript|vbscript|data):/i);
  expect(value).not.toMatch(/[\s\p{Cc}]/u);
  if (tag === 'a') expect(value).toMatch(/^(https?:\/\/|mailto:|\/(?![/\\]))/);
  if (tag === 'img') expect(value).toMatch(/^(https:\/\/|\/files\/)/);
  if (tag === 'video') expect(value).toMatch(/^\/files\//);
}

describe('sanitizeRichHtml against the XSS corpus', () => {
  it('holds at least 120 distinct payloads', () => {
    expect(xssPayloads.length).toBeGreaterThanOrEqual(120);
    expect(new Set(xssPayloads).size).toBe(xssPayloads.length);
  });

  it.each(xssPayloads.map((payload, index) => [index, payload] as const))(
    'payload %i leaves only policy markup',
    (_, payload) => {
      const clean = sanitizeRichHtml(payload);
      expect(clean).not.toMatch(/<script/i);
      expect(clean).not.toMatch(
        /<\/?(iframe|object|embed|svg|math|style|base|meta|form|link|input|button|textarea|select|template|noscript|xmp|title|frame|frameset|applet)\b/i,
      );
      for (const { name, closing, attributes } of tagsOf(clean)) {
        expect(richHtmlPolicy.tags).toContain(name);
        if (closing) {
          expect(attributes).toEqual({});
          continue;
        }
        const allowed: readonly string[] = [
          ...((richHtmlPolicy.attributes as Record<string, readonly string[]>)[name] ?? []),
          ...(name === 'a' ? ['rel', 'target'] : []),
        ];
        for (const [attribute, value] of Object.entries(attributes)) {
          expect(attribute).not.toMatch(/^on/i);
          expect(allowed).toContain(attribute);
          if (['href', 'src', 'poster'].includes(attribute)) assertUrl(name, value);
        }
      }
      // Stored output is a fixed point: reading it back changes nothing, so no second parse can mutate it.
      expect(sanitizeRichHtml(clean)).toBe(clean);
    },
  );

  it('keeps the harmless part of a payload, so a refusal is not mistaken for safety', () => {
    expect(sanitizeRichHtml('<img src="/files/ok.png" onerror="window.__xss=1">')).toBe('<img src="/files/ok.png" />');
    expect(sanitizeRichHtml('<p onclick="window.__xss=1">click</p>')).toBe('<p>click</p>');
    expect(sanitizeRichHtml('<a href="javascript:window.__xss=1">点击领取红包</a>')).toBe('点击领取红包');
    expect(sanitizeRichHtml('你好<script>window.__xss=1</script>世界')).toBe('你好世界');
    expect(sanitizeRichHtml('<p>&lt;script&gt;window.__xss=1&lt;/script&gt;</p>')).toBe(
      '<p>&lt;script&gt;window.__xss=1&lt;/script&gt;</p>',
    );
  });
});

describe('sanitizeRichHtml keeps the allowed markup exactly', () => {
  it('keeps headings, paragraphs and inline formatting', () => {
    const html =
      '<h2>第一章</h2><h3>小节</h3><h4>细节</h4><p><strong>粗</strong> <b>b</b> <em>斜</em> <i>i</i> <u>下划线</u> <s>删</s> <code>x &lt; y</code><br /></p><blockquote>引用</blockquote><hr /><pre>a\n  b</pre>';
    expect(sanitizeRichHtml(html)).toBe(html);
  });

  it('keeps lists, with a numeric start', () => {
    const html = '<ul><li>一</li><li>二</li></ul><ol start="3"><li>三</li></ol>';
    expect(sanitizeRichHtml(html)).toBe(html);
    expect(sanitizeRichHtml('<ol start="three"><li>x</li></ol>')).toBe('<ol><li>x</li></ol>');
  });

  it('keeps a table with colspan and rowspan, refusing anything but positive integers', () => {
    const html =
      '<table><thead><tr><th colspan="2">表头</th></tr></thead><tbody><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>';
    expect(sanitizeRichHtml(html)).toBe(html);
    expect(sanitizeRichHtml('<table><tr><td colspan="0" rowspan="-1">x</td><th colspan="2x">y</th></tr></table>')).toBe(
      '<table><tr><td>x</td><th>y</th></tr></table>',
    );
  });

  it('gives absolute http(s) links rel and target, replacing whatever the browser sent', () => {
    expect(
      sanitizeRichHtml('<a href="https://example.com/a?b=1&amp;c=2" title="示例" target="_self" rel="opener">x</a>'),
    ).toBe(
      '<a href="https://example.com/a?b=1&amp;c=2" title="示例" rel="noopener noreferrer nofollow" target="_blank">x</a>',
    );
    expect(sanitizeRichHtml('<a href="http://example.com/">x</a>')).toBe(
      '<a href="http://example.com/" rel="noopener noreferrer nofollow" target="_blank">x</a>',
    );
  });

  it('keeps site-relative and mailto links as they are, without rel or target', () => {
    expect(sanitizeRichHtml('<a href="/articles/42" target="_blank">x</a>')).toBe('<a href="/articles/42">x</a>');
    expect(sanitizeRichHtml('<a href="mailto:editor@example.com">x</a>')).toBe(
      '<a href="mailto:editor@example.com">x</a>',
    );
  });

  it('unwraps links that leave the policy: protocol-relative, fragments, other schemes', () => {
    for (const href of [
      '//evil.example/',
      '/\\evil.example/',
      '#top',
      'relative/path',
      'ftp://example.com/',
      'tel:123',
    ]) {
      expect(sanitizeRichHtml(`<a href="${href}">文字</a>`)).toBe('文字');
    }
  });

  it('keeps a /files/ image with src, alt and pixel sizes, and https images', () => {
    expect(sanitizeRichHtml('<img src="/files/abc.png" alt="猫的照片" width="320" height="200">')).toBe(
      '<img src="/files/abc.png" alt="猫的照片" width="320" height="200" />',
    );
    expect(sanitizeRichHtml('<img src="https://cdn.example.com/a.png" alt="">')).toBe(
      '<img src="https://cdn.example.com/a.png" alt="" />',
    );
    expect(sanitizeRichHtml('<img src="/files/a.png" width="50%" height="0">')).toBe('<img src="/files/a.png" />');
  });

  it('removes images whose source is not a /files/ path or an https URL', () => {
    for (const src of [
      'http://example.com/a.png',
      '/api/logout',
      '/files/../api/logout',
      '/files/',
      'data:image/png;base64,AAAA',
    ]) {
      expect(sanitizeRichHtml(`<p><img src="${src}" alt="x"></p>`)).toBe('<p></p>');
    }
  });

  it('keeps videos from /files/ with controls and poster', () => {
    expect(sanitizeRichHtml('<video src="/files/v.mp4" controls poster="/files/v.jpg" autoplay></video>')).toBe(
      '<video src="/files/v.mp4" controls poster="/files/v.jpg"></video>',
    );
    expect(sanitizeRichHtml('<video src="https://example.com/v.mp4" controls></video>')).toBe('');
  });

  it('keeps figures and spans, but no attributes on span and no classes or styles anywhere', () => {
    expect(
      sanitizeRichHtml(
        '<figure class="wide"><img src="/files/a.png" alt="a" style="float:left"><figcaption id="c">图一</figcaption></figure><span style="color:red" class="x" data-id="1">红</span>',
      ),
    ).toBe('<figure><img src="/files/a.png" alt="a" /><figcaption>图一</figcaption></figure><span>红</span>');
  });

  it('keeps Chinese text and entities, escaping what must be escaped', () => {
    expect(sanitizeRichHtml('<p>网上赌博网站 &amp; “引号” &lt;b&gt; 1 &lt; 2 &gt; 0 AT&T &copy;</p>')).toBe(
      '<p>网上赌博网站 &amp; “引号” &lt;b&gt; 1 &lt; 2 &gt; 0 AT&amp;T ©</p>',
    );
  });

  it('drops tags outside the list but keeps their text, except for tags whose content is code', () => {
    expect(sanitizeRichHtml('<h1>大标题</h1><div>段落</div>')).toBe('大标题段落');
    expect(sanitizeRichHtml('<p>a<!-- secret --></p><style>p{}</style><textarea>t</textarea>')).toBe('<p>a</p>');
  });

  it('removes control characters and repairs lone surrogates', () => {
    expect(sanitizeRichHtml('<p>a\u0000b\u0007c\td</p>')).toBe('<p>abc\td</p>');
    expect(sanitizeRichHtml('<p>x\uD800y 😀</p>')).toBe('<p>x\uFFFDy 😀</p>');
  });

  it('returns an empty string for empty input', () => {
    expect(sanitizeRichHtml('')).toBe('');
  });
});

describe('richHtmlToText', () => {
  it('puts paragraphs, headings and list items on their own lines', () => {
    expect(richHtmlToText('<h2>标题</h2><p>第一段</p><p>第二段<br>换行</p><ul><li>一</li><li>二</li></ul>')).toBe(
      '标题\n第一段\n第二段\n换行\n一\n二',
    );
  });

  it('decodes entities and collapses whitespace', () => {
    expect(richHtmlToText('<p>  A &amp; B\n\t &lt;tag&gt;&nbsp;&nbsp;&quot;q&quot; &#39;s&#39; &#x4E2D;</p>')).toBe(
      'A & B <tag> "q" \'s\' 中',
    );
  });

  it('leaves out scripts, styles and attribute values, keeping inline text together', () => {
    expect(
      richHtmlToText(
        '<p>可见<script>hidden()</script><style>p{color:red}</style><strong>加粗</strong><img src="/files/a.png" alt="替代"></p>',
      ),
    ).toBe('可见加粗');
  });

  it('separates table cells by a space and rows by a line', () => {
    expect(richHtmlToText('<table><tr><th>名</th><th>值</th></tr><tr><td>a</td><td>1</td></tr></table>')).toBe(
      '名 值\na 1',
    );
  });
});

describe('storedHtmlToText', () => {
  /** Markup from tags, attributes, entities and text that a body might hold, allowed or not, well formed or not. */
  const markup = fc
    .array(
      fc.oneof(
        fc
          .constantFrom(...richHtmlPolicy.tags, ...richHtmlPolicy.droppedWithContent, 'div', 'a', 'font')
          .chain((tag) =>
            fc.constantFrom(`<${tag}>`, `</${tag}>`, `<${tag} href="/a" title="x>y" onclick="go()">`, `<${tag}/>`),
          ),
        fc.constantFrom('&amp;', '&lt;', '&#x4E2D;', '&nbsp;', '<!-- c -->', '<', '>', '"', '\n', ' ', '\u0000'),
        fc.string({ maxLength: 8 }),
        fc.constantFrom('入党宣誓', 'Strata', '1'),
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  it('reads a stored body as richHtmlToText does, without sanitising it again', () => {
    // Found by the property below (seed 2113270417): one sanitising pass nested this table one way, a second another.
    expect(storedHtmlToText(sanitizeRichHtml('<thead>!<A<p><td>!'))).toBe(richHtmlToText('<thead>!<A<p><td>!'));
    for (const html of xssPayloads) expect(storedHtmlToText(sanitizeRichHtml(html))).toBe(richHtmlToText(html));
    fc.assert(
      fc.property(markup, (html) => {
        const stored = sanitizeRichHtml(html);
        expect(storedHtmlToText(stored)).toBe(richHtmlToText(stored));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads text, not markup, so HTML from outside must go through richHtmlToText', () => {
    const outside = '<p>可见<script>hidden()</script></p>';
    expect(richHtmlToText(outside)).toBe('可见');
    expect(storedHtmlToText(outside)).toBe('可见hidden()');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in elements and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml('中文 plain')).toBe('中文 plain');
  });

  it('makes every corpus payload inert text', () => {
    for (const payload of xssPayloads) expect(escapeHtml(payload)).not.toMatch(/[<>"']/);
  });
});
