import { parseListQuery } from '@strata/ui/list-page';
import { describe, expect, it } from 'vitest';
import { auditFilter, auditListSpec } from './audit-list-spec';

const read = (search: string) => parseListQuery(auditListSpec, new URLSearchParams(search));

describe('audit filters in the address', () => {
  it('reads every filter and asks the server under its names', () => {
    const query = read('from=2026-11-01&to=2026-11-30&actor=7&entity=Article&q=通知&action=article.&page=2');
    expect(query.page).toBe(2);
    expect(auditFilter(3, query.filters)).toEqual({
      unitId: 3,
      from: '2026-11-01',
      to: '2026-11-30',
      actorId: 7,
      entity: 'Article',
      search: '通知',
      action: 'article.',
    });
  });
  it('drops what a hand-edited address gets wrong, keeping the rest', () => {
    const query = read('from=yesterday&to=2026-02-30&actor=-2&entity=<b>&q=%20%20&action=unit.');
    expect(auditFilter(1, query.filters)).toEqual({ unitId: 1, action: 'unit.' });
  });
});
