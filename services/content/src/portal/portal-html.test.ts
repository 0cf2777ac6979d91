// The portal's text rules without a server: values escaped wherever they go, search words marked without reaching
// into markup, feeds free of what XML forbids, body pictures given an alt, the network's tree built from paths.

import { html, TermMarker, trusted, xmlText } from '@strata/text';
import { describe, expect, it } from 'vitest';
import { siteTree } from './pages/network-page';
import { highlight } from './portal-search';

describe('html``', () => {
  it('escapes every value, in text and in attributes, and keeps what it made itself', () => {
    const title = '"><script>alert(1)</script>';
    expect(html`<a title="${title}">${title}</a>`.text).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>',
    );
    expect(html`<ul>${['<b>', html`<li>${'&'}</li>`]}</ul>`.text).toBe('<ul>&lt;b&gt;<li>&amp;</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.text).toBe('0');
  });

  it('gives a cleaned body’s pictures an empty alt when they have none, and leaves a given alt alone', () => {
    expect(trusted('<p><img src="/files/1/preview"><img alt="会场" src="/files/2/preview"></p>').text).toBe(
      '<p><img alt="" src="/files/1/preview"><img alt="会场" src="/files/2/preview"></p>',
    );
  });

  it('writes XML text without the characters XML cannot hold', () => {
    expect(xmlText('a\u0001b\u0008c\td\ue000 <&> \ud800x')).toBe('abc\td\ue000 &lt;&amp;&gt; x');
  });
});

describe('highlight', () => {
  it('marks each occurrence of each term, escaping the text around and inside the marks', () => {
    expect(highlight('<b>党建</b>与党建', new TermMarker(['党建'])).text).toBe(
      '&lt;b&gt;<mark>党建</mark>&lt;/b&gt;与<mark>党建</mark>',
    );
    expect(highlight('Script & script', new TermMarker(['script'])).text).toBe(
      '<mark>Script</mark> &amp; <mark>script</mark>',
    );
    expect(highlight('入党宣誓仪式', new TermMarker(['宣誓', '入党'])).text).toBe('<mark>入党宣誓</mark>仪式');
    // Full-width letters are the letters a query types.
    expect(highlight('ＳＴＲＡＴＡ 平台', new TermMarker(['strata'])).text).toBe('<mark>ＳＴＲＡＴＡ</mark> 平台');
    expect(highlight('a < b', new TermMarker(['<'])).text).toBe('a <mark>&lt;</mark> b');
    expect(highlight('nothing here', new TermMarker([])).text).toBe('nothing here');
  });
});

describe('siteTree', () => {
  const site = (id: number, path: string) => ({
    id,
    name: `u${id}`,
    code: `u${id}`,
    path,
    depth: path.split('/').length - 3,
  });

  it('hangs each site under the nearest site above it, skipping units without one', () => {
    // /1/2/ has no site: its branch /1/2/5/ hangs from the municipality.
    const tree = siteTree(
      [site(1, '/1/'), site(3, '/1/3/'), site(4, '/1/3/4/'), site(5, '/1/2/5/'), site(9, '/9/')].sort((a, b) =>
        a.path < b.path ? -1 : 1,
      ),
    );
    const shape = (nodes: ReturnType<typeof siteTree>): unknown =>
      nodes.map((n) => (n.children.length ? { [n.site.id]: shape(n.children) } : n.site.id));
    expect(shape(tree)).toEqual([{ 1: [5, { 3: [4] }] }, 9]);
  });
});
