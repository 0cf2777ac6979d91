import { describe, expect, it } from 'vitest';
import { linkHref } from './link-href';

describe('linkHref', () => {
  it('keeps what the server keeps, adding https: to a bare address', () => {
    expect(linkHref('https://www.gov.cn/a?b=1')).toBe('https://www.gov.cn/a?b=1');
    expect(linkHref(' www.gov.cn ')).toBe('https://www.gov.cn/');
    expect(linkHref('http://example.org')).toBe('http://example.org/');
    expect(linkHref('mailto:office@example.cn')).toBe('mailto:office@example.cn');
    expect(linkHref('/site/chengguan/')).toBe('/site/chengguan/');
  });
  it('refuses script URLs, protocol-relative paths and what is not an address', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '//evil.example',
      '/\\evil',
      'abc',
      'mailto:nobody',
      '',
      '   ',
    ])
      expect(linkHref(bad)).toBeNull();
  });
});
