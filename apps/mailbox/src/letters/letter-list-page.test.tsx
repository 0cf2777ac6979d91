// @vitest-environment happy-dom
// An escalated letter names the unit it went to, as the list answers it: a branch's handler sees the township above
// named even though the units they read stop at their branch; a letter that is not escalated shows no such tag. The
// export names the unit too.
import { exportMatrix } from '@strata/ui/list-page';
import { describe, expect, it } from 'vitest';
import type { LetterRow } from '../common/api-types';
import { accessOf, testI18n } from '../testing/render';
import { byTestId, renderWithApi, until } from '../testing/render-with-api';
import { letterExportColumns } from './letter-columns';
import { LetterListPage } from './letter-list-page';

const branchId = 12;
const row = (id: number, fields: Partial<LetterRow>): LetterRow => ({
  id,
  number: `2026-${String(id).padStart(6, '0')}`,
  kind: 'consultation',
  title: `来信 ${id}`,
  status: 'accepted',
  unitId: branchId,
  unitName: '城关一支部',
  siteUnitId: branchId,
  receivedAt: '2026-02-13T02:00:00.000Z',
  dueDate: '2026-02-25',
  dueAt: '2026-02-25T16:00:00.000Z',
  deadline: 'onTime',
  escalatedTo: null,
  extensionState: 'none',
  ...fields,
});
const letters = [
  row(1, { deadline: 'overdue', escalatedTo: { id: 2, name: '城关镇' } }),
  row(2, { deadline: 'dueSoon' }),
];

const rowOf = (id: number) => byTestId(`letter-link-${id}`)?.closest('tr');

describe('an escalated letter in the queue', { timeout: 20_000 }, () => {
  it('names the unit above its handler, which the reader does not otherwise see', async () => {
    renderWithApi(<LetterListPage basePath="/mailbox" unitId={branchId} />, {
      answers: {
        'mailbox.letters.list': () => ({ items: letters, total: letters.length, totalIsBound: false }),
        // The branch's handler reads their branch alone: the township is not among their units.
        'identity.units.tree': () => [{ id: branchId, parentId: 2, name: '城关一支部', path: '/1/2/12/', depth: 2 }],
      },
      at: '/mailbox/letters',
      route: '/mailbox/letters',
      access: accessOf({ 'mailbox.read': [branchId] }, branchId),
    });
    await until(() => rowOf(2) !== null && rowOf(2) !== undefined, 'the queue');
    expect(rowOf(1)?.querySelector('[data-testid="escalated-tag"]')?.textContent).toBe('已上报城关镇督办');
    expect(rowOf(2)?.querySelector('[data-testid="escalated-tag"]')).toBeNull();
  });

  it('is exported with the unit’s name, in both languages', () => {
    for (const [language, header] of [
      ['zh-CN', '上报督办单位'],
      ['en-US', 'Escalated to'],
    ] as const) {
      const i18n = testI18n(language);
      const { header: titles, body } = exportMatrix(letterExportColumns(i18n.t, language), letters);
      const at = titles.indexOf(header);
      expect(at).toBeGreaterThan(-1);
      expect(body.map((cells) => cells[at])).toEqual(['城关镇', '']);
    }
  });
});
