import { describe, expect, it } from 'vitest';
import { formatFigure } from './figure-format';

describe('formatFigure', () => {
  it('writes each format in the locale', () => {
    expect(formatFigure(12345, 'count', 'zh-CN')).toBe('12,345');
    expect(formatFigure(65.55, 'percent', 'en-US')).toBe('65.6%');
    expect(formatFigure(100, 'percent', 'zh-CN')).toBe('100%');
    expect(formatFigure(123450, 'fen', 'zh-CN')).toBe('¥1,234.50');
    expect(formatFigure(5, 'fen', 'en-US')).toBe('¥0.05');
    expect(formatFigure(12.5, 'hours', 'zh-CN')).toBe('12.5小时');
    expect(formatFigure(12.5, 'hours', 'en-US')).toBe('12.5 hr');
  });

  it('marks a count the service stopped at', () => {
    expect(formatFigure(5000, 'count', 'zh-CN', { atLeast: true })).toBe('5,000+');
  });

  it('writes a figure with nothing to count as a dash', () => {
    expect(formatFigure(null, 'percent', 'zh-CN')).toBe('—');
    expect(formatFigure(Number.NaN, 'count', 'en-US')).toBe('—');
  });
});
