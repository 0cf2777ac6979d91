import { describe, expect, it } from 'vitest';
import { filtersFrom } from './audit-filters';

describe('audit filters in the address', () => {
  it('reads every filter', () => {
    const params = new URLSearchParams('from=2026-11-01&to=2026-11-30&actor=7&entity=Article&q=通知&action=article.');
    expect(filtersFrom(params)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      actorId: 7,
      entity: 'Article',
      search: '通知',
      action: 'article.',
    });
  });
  it('drops what a hand-edited address gets wrong', () => {
    expect(filtersFrom(new URLSearchParams('from=yesterday&actor=-2&entity=<b>&q=%20%20'))).toEqual({});
  });
});
