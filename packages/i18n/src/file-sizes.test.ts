import { describe, expect, it } from 'vitest';
import { formatFileSize } from './file-sizes';

describe('file sizes', () => {
  it('writes bytes below 1 KB as bytes', () => {
    expect(formatFileSize(0, 'zh-CN')).toBe('0 B');
    expect(formatFileSize(512, 'zh-CN')).toBe('512 B');
    expect(formatFileSize(1023, 'en-US')).toBe('1,023 B');
  });
  it('writes KB from 1,024 bytes, one decimal below 10', () => {
    expect(formatFileSize(1024, 'zh-CN')).toBe('1 KB');
    expect(formatFileSize(1536, 'zh-CN')).toBe('1.5 KB');
    expect(formatFileSize(1536, 'en-US')).toBe('1.5 KB');
    expect(formatFileSize(350 * 1024, 'en-US')).toBe('350 KB');
    expect(formatFileSize(1000.4 * 1024, 'en-US')).toBe('1,000 KB');
  });
  it('writes MB from 1 MB, and from what would round to 1,024 KB', () => {
    expect(formatFileSize(1024 * 1024 - 1, 'en-US')).toBe('1 MB');
    expect(formatFileSize(2.25 * 1024 * 1024, 'zh-CN')).toBe('2.3 MB');
    expect(formatFileSize(12.34 * 1024 * 1024, 'en-US')).toBe('12 MB');
    expect(formatFileSize(1536 * 1024 * 1024, 'en-US')).toBe('1,536 MB');
  });
  it('writes the number as the language does', () => {
    expect(formatFileSize(1.5 * 1024, 'de-DE')).toBe('1,5 KB');
  });
});
