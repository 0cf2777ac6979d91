// The HTTP parts of serving a file: which bytes a Range header asks for, and the Content-Disposition that names
// the file in any script.
import { describe, expect, it } from 'vitest';
import { requestedRange } from './byte-range';
import { contentDisposition } from './content-disposition';

describe('requestedRange', () => {
  it.each([
    [undefined, 'whole'],
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=90-', { start: 90, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=-1000', { start: 0, end: 99 }],
    ['bytes=50-5000', { start: 50, end: 99 }],
    ['bytes=99-99', { start: 99, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['bytes=100-200', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=9-1', 'whole'],
    ['bytes=0-1,5-6', 'whole'],
    ['items=0-1', 'whole'],
    ['bytes=-', 'whole'],
    ['bytes=abc', 'whole'],
  ])('%s over 100 bytes: %j', (header, answer) => {
    expect(requestedRange(header, 100)).toEqual(answer);
  });
});

describe('contentDisposition', () => {
  it('shows pictures, media and PDFs inline, and offers anything else as a download', () => {
    expect(contentDisposition('image/png', 'a.png')).toMatch(/^inline; /);
    expect(contentDisposition('video/mp4', 'a.mp4')).toMatch(/^inline; /);
    expect(contentDisposition('application/pdf', 'a.pdf')).toMatch(/^inline; /);
    expect(contentDisposition('text/plain', 'a.txt')).toMatch(/^attachment; /);
    expect(contentDisposition('application/msword', 'a.doc')).toMatch(/^attachment; /);
  });

  it('names the file in UTF-8 (RFC 8187) with an ASCII fallback', () => {
    expect(contentDisposition('application/pdf', "2026年“党建”简报 (定稿)'s.pdf")).toBe(
      `inline; filename="2026_______ (__)'s.pdf"; filename*=UTF-8''2026%E5%B9%B4%E2%80%9C%E5%85%9A%E5%BB%BA%E2%80%9D%E7%AE%80%E6%8A%A5%20%28%E5%AE%9A%E7%A8%BF%29%27s.pdf`,
    );
    expect(contentDisposition('text/csv', 'a"b\\c%d.csv')).toBe(
      `attachment; filename="a_b_c_d.csv"; filename*=UTF-8''a%22b%5Cc%25d.csv`,
    );
  });
});
