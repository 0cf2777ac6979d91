// HTTP range requests (RFC 9110 section 14), so a video seeks and a download resumes: one range of bytes, in
// any of its three spellings. Several ranges at once are answered with the whole file, which the RFC allows.
import type { ByteRange } from './blob-store';

export type RangeAnswer = ByteRange | 'whole' | 'unsatisfiable';

/** What to send for a Range header over a file of `size` bytes. */
export function requestedRange(header: string | undefined, size: number): RangeAnswer {
  if (!header) return 'whole';
  const match = /^\s*bytes\s*=\s*(\d{0,15})\s*-\s*(\d{0,15})\s*$/i.exec(header);
  // Not one byte range we read (another unit, a list, garbage): ignored, as the RFC says.
  if (!match || (match[1] === '' && match[2] === '')) return 'whole';
  const [first, last] = [match[1] as string, match[2] as string];
  if (first === '') {
    // The last n bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  if (last !== '' && Number(last) < start) return 'whole';
  if (start >= size) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}
