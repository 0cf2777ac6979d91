// Reading the portal as a visitor does, through the real gateway (inject), and checking what a page may hold.
import { expect } from 'vitest';
import type { FilesServer } from '../../../../tests/support/file-uploads';

export const portalGet = (server: FilesServer, url: string, headers: Record<string, string> = {}) =>
  server.app.inject({ method: 'GET', url, headers: { host: 'portal.test', ...headers } });

/** The page's body, after checking it answered 200 as HTML (or Atom). */
export async function pageText(server: FilesServer, url: string): Promise<string> {
  const res = await portalGet(server, url);
  expect(res.statusCode, url).toBe(200);
  return res.body;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
const decode = (value: string) =>
  value.replace(/&(amp|lt|gt|quot|#39|#x[0-9a-f]+|#\d+);/gi, (m, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith('#') && name !== '#39'
        ? String.fromCodePoint(Number(name.slice(1)))
        : (entities[name.toLowerCase()] ?? m),
  );

/**
 * Every tag of a page is inert: no script element, no event-handler attribute, no script URL in an address. Values
 * are escaped on the portal (a `"` inside an attribute is `&quot;`), so each `<...>` is a tag and each `"..."` in it
 * an attribute's whole value: a handler's name inside a title shown in `alt` is text, not an attribute.
 */
export function expectInert(page: string, where: string) {
  for (const tag of page.match(/<[^>]*>/g) ?? []) {
    const names = tag.replace(/"[^"]*"/g, '""');
    expect(names, `${where}: ${tag}`).not.toMatch(/^<\/?(script|iframe|object|embed|frame|applet|base)\b/i);
    expect(names, `${where}: ${tag}`).not.toMatch(/\son[a-z]+\s*=/i);
    // No inline style (the page's one stylesheet is its own) and no refresh a description's text could steer.
    expect(names, `${where}: ${tag}`).not.toMatch(/\sstyle\s*=|\ssrcdoc\s*=|\shttp-equiv\s*=/i);
    for (const [, name, value] of tag.matchAll(/\s([a-z:-]+)="([^"]*)"/gi))
      if (/^(href|src|action|formaction|poster|xlink:href|srcset)$/i.test(name as string))
        // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers skip control characters in a scheme.
        expect(decode(value as string).replace(/[\s\u0000-\u001f]/g, ''), `${where}: ${tag}`).not.toMatch(
          /^(javascript|vbscript|livescript):/i,
        );
  }
}

/** An Atom feed holds Atom's elements only, every value escaped. */
export function expectAtomOnly(feed: string, where: string) {
  const atom = new Set(['feed', 'title', 'link', 'id', 'updated', 'published', 'author', 'name', 'entry', 'summary']);
  for (const [, name] of feed.matchAll(/<\/?([a-zA-Z?][^\s/>]*)/g))
    expect(atom.has(name as string) || name === '?xml', `${where}: <${name}`).toBe(true);
}
