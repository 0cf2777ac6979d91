// @vitest-environment happy-dom
// A letter's attachments on its page: each a link to the URL the server gave (which serves it only to the letter's
// handlers), its name as text and its size; no card at all for a letter without files.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../testing/render';
import { LetterFilesCard } from './letter-files-card';

let drawn: ReturnType<typeof render> | undefined;
afterEach(() => drawn?.unmount());

const files = [
  { id: 41, name: '积水<b>.jpg', type: 'image/jpeg', size: 389_675, url: '/files/41/%E7%A7%AF%E6%B0%B4.jpg' },
  { id: 42, name: '情况说明.pdf', type: 'application/pdf', size: 1_048_576, url: '/files/42/x.pdf' },
];

describe('the letter files card', () => {
  it('links each file to its URL, names it as text and says its size', () => {
    drawn = render(<LetterFilesCard files={files} />, { language: 'en-US' });
    const links = [...drawn.container.querySelectorAll<HTMLAnchorElement>('[data-testid="letter-file"]')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.rel])).toEqual([
      ['积水<b>.jpg', files[0]!.url, 'noopener'],
      ['情况说明.pdf', '/files/42/x.pdf', 'noopener'],
    ]);
    const text = drawn.container.textContent ?? '';
    expect(text).toContain('Attachments (2)');
    expect(text).toContain('381 KB');
    expect(text).toContain('1 MB');
  });

  it('draws nothing for a letter without files', () => {
    drawn = render(<LetterFilesCard files={[]} />);
    expect(drawn.container.querySelector('[data-testid="letter-files"]')).toBeNull();
  });
});
