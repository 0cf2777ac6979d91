import { describe, expect, it } from 'vitest';
import { fileStamp, formatDateTime } from './dates';

describe('dates in the organisation time zone', () => {
  it('shows 18:02 UTC as 02:02 the next day in Shanghai, whatever the machine zone', () => {
    expect(formatDateTime('2026-11-28T18:02:00Z', 'zh-CN')).toBe('2026/11/29 02:02');
    expect(formatDateTime('2026-11-28T18:02:00Z', 'en-US')).toMatch(/^11\/29\/26, 2:02\sAM$/);
    expect(formatDateTime(null, 'zh-CN')).toBe('');
  });
  it('stamps file names in the same zone', () => {
    expect(fileStamp(new Date('2026-11-28T18:02:00Z'))).toBe('20261129-0202');
  });
});
