// @vitest-environment happy-dom
// Importing members from the registry against a mocked API: the button only where the user may register members at
// the unit; a file of 1,201 rows staged as 500 + 500 + 201 in the file's order with the progress shown, committed and
// the registry refreshed; a refused row's problem listed with its row and column in words, the commit held back while
// it stands, and cancel discarding the import; a chunk that failed on the way sent again; a file with the wrong
// columns stopped before anything is sent.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportRow, ImportRowError } from '../common/api-types';
import { RegistryListPage } from '../registry/registry-list-page';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { testUnits, township } from '../testing/units';
import { sheetOf, templateFixture } from './template-fixture';

beforeAll(async () => {
  await loadDialogs();
  await import('./import-members-modal');
}, 60_000);

type Stage = { id: number; first: number; rows: ImportRow[] };

async function openRegistry(answers: Answers, allowed: Record<string, number[]>) {
  const drawn = renderWithApi(<RegistryListPage basePath="/members" unitId={township} />, {
    answers: {
      'members.registry.list': () => ({ items: [], total: 0, totalIsBound: false }),
      'identity.units.tree': () => testUnits,
      'members.imports.template': () => templateFixture,
      ...answers,
    },
    at: '/members/registry',
    route: '/members/registry',
    access: accessOf({ 'members.read': [township], ...allowed }, township),
  });
  await until(() => drawn.calls.some((c) => c.path === 'members.registry.list'), 'the registry');
  return drawn;
}

const click = (testId: string) => act(() => byTestId(testId)?.click());
const text = (testId: string) => byTestId(testId)?.textContent ?? '';
const disabled = (testId: string) => byTestId<HTMLButtonElement>(testId)?.disabled;

/** Opens the dialog and picks a CSV file of `matrix`. */
async function pickFile(matrix: string[][]) {
  click('registry-import');
  await until(() => byTestId('import-dialog') !== null, 'the dialog');
  await until(() => disabled('import-template') === false, 'the template');
  const input = byTestId<HTMLInputElement>('import-file');
  if (!input) throw new Error('no file input');
  const file = new File([matrix.map((cells) => cells.join(',')).join('\r\n')], '党员.csv', { type: 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await until(() => byTestId('import-ready') !== null || byTestId('import-file-problem') !== null, 'the file read');
}

/** The service's staging, one answer per chunk once `release` lets it through; `fail` refuses the given call once. */
function stagingService({ errors = [], fail }: { errors?: ImportRowError[]; fail?: number } = {}) {
  const stages: Stage[] = [];
  const gates: (() => void)[] = [];
  let staged = 0;
  let refused = 0;
  const answers: Answers = {
    'members.imports.start': (input) => ({ id: 9, total: (input as { total: number }).total }),
    'members.imports.stage': async (input) => {
      const call = input as Stage;
      stages.push(call);
      await new Promise<void>((resolve) => gates.push(resolve));
      if (stages.length === fail) throw new TypeError('Failed to fetch');
      const mine = errors.filter((e) => call.rows.some((r) => r.row === e.row));
      const bad = new Set(mine.map((e) => e.row)).size;
      staged += call.rows.length - bad;
      refused += bad;
      return { id: 9, total: 1201, staged, refused, errors: mine };
    },
  };
  return { answers, stages, release: () => gates.shift()?.() };
}

describe('the registry’s import button', { timeout: 20_000 }, () => {
  it('is offered only where the user may register members at the unit', async () => {
    await openRegistry({}, {});
    expect(byTestId('registry-import')).toBeNull();
    document.body.innerHTML = '';
    await openRegistry({}, { 'members.edit': [7] });
    expect(byTestId('registry-import')).toBeNull();
    document.body.innerHTML = '';
    await openRegistry({}, { 'members.edit': [township] });
    expect(text('registry-import')).toContain('批量导入');
  });
});

describe('importing members', { timeout: 30_000 }, () => {
  it('stages 1,201 rows as 500 + 500 + 201 in order, shows the progress, commits and refreshes the registry', async () => {
    const service = stagingService();
    const commits: unknown[] = [];
    const drawn = await openRegistry(
      {
        ...service.answers,
        'members.imports.commit': (input) => {
          commits.push(input);
          return { imported: 1201, errors: [] };
        },
      },
      { 'members.edit': [township] },
    );
    await pickFile(sheetOf(1201));
    expect(text('import-ready')).toContain('1201 行');
    click('import-start');
    for (const done of [500, 1000, 1201]) {
      await until(() => service.stages.length === Math.ceil(done / 500), 'the next chunk');
      expect(disabled('import-commit')).toBe(true);
      service.release();
      await until(() => text('import-progress-text') === `已核对 ${done} / 1201 行`, `${done} rows checked`);
    }
    expect(drawn.calls.find((c) => c.path === 'members.imports.start')?.input).toEqual({
      unitId: township,
      total: 1201,
    });
    expect(service.stages.map((s) => s.rows.length)).toEqual([500, 500, 201]);
    // Each chunk says how many rows were answered before it.
    expect(service.stages.map((s) => s.first)).toEqual([0, 500, 1000]);
    expect(service.stages.map((s) => [s.rows[0]?.row, s.rows.at(-1)?.row])).toEqual([
      [2, 501],
      [502, 1001],
      [1002, 1202],
    ]);
    expect(service.stages[0]?.rows[0]?.cells).toMatchObject({ name: '党员1', idNumber: '110105194912300001' });
    expect(service.stages.every((s) => s.id === 9)).toBe(true);

    const lists = drawn.calls.filter((c) => c.path === 'members.registry.list').length;
    await until(() => disabled('import-commit') === false, 'the commit allowed');
    click('import-commit');
    await until(() => byTestId('import-result') !== null, 'the result');
    expect(commits).toEqual([{ id: 9 }]);
    expect(text('import-result')).toContain('已导入 1201 名党员');
    await until(() => drawn.calls.filter((c) => c.path === 'members.registry.list').length > lists, 'the refresh');
    expect(drawn.calls.some((c) => c.path === 'members.imports.discard')).toBe(false);
  });

  it('lists a refused row’s problem with its row and column in words, holds the commit, and discards on cancel', async () => {
    const service = stagingService({
      errors: [{ row: 703, column: 'branch', problem: 'members.importBranchUnknown' }],
    });
    const discards: unknown[] = [];
    const drawn = await openRegistry(
      {
        ...service.answers,
        'members.imports.discard': (input) => {
          discards.push(input);
          return { id: 9 };
        },
      },
      { 'members.edit': [township] },
    );
    await pickFile(sheetOf(1201));
    click('import-start');
    for (let chunk = 1; chunk <= 3; chunk++) {
      await until(() => service.stages.length === chunk, 'the next chunk');
      service.release();
    }
    await until(() => byTestId('import-problems') !== null, 'the problems');
    const cells = () =>
      [...(byTestId('import-problems')?.querySelectorAll('tbody td') ?? [])].map((td) => td.textContent);
    expect(cells()).toEqual(['703', '所在党支部（名称或网站代码）', '找不到这个党支部或党小组']);
    expect(text('import-problems')).toContain('1 行有错误');
    await until(() => text('import-progress-text') === '已核对 1201 / 1201 行', 'every row checked');
    expect(disabled('import-commit')).toBe(true);
    // The sheet's language changes the table's words.
    const english = [...document.querySelectorAll<HTMLInputElement>('[data-testid="import-language"] input')].find(
      (input) => input.closest('label')?.textContent === 'English',
    );
    act(() => english?.click());
    await until(() => cells()[1] === 'Branch (name or site code)', 'the table in English');
    expect(cells()[2]).toBe('No such branch or group');

    click('import-cancel');
    await until(() => byTestId('import-dialog') === null, 'the dialog closed');
    expect(discards).toEqual([{ id: 9 }]);
    expect(drawn.calls.some((c) => c.path === 'members.imports.commit')).toBe(false);
  });

  it('keeps what was staged when a chunk fails on the way, and sends that chunk again on retry', async () => {
    const service = stagingService({ fail: 2 });
    await openRegistry(service.answers, { 'members.edit': [township] });
    await pickFile(sheetOf(1201));
    click('import-start');
    await until(() => service.stages.length === 1, 'the first chunk');
    service.release();
    await until(() => service.stages.length === 2, 'the second chunk');
    service.release();
    await until(() => byTestId('import-failure') !== null, 'the failure');
    expect(text('import-failure')).toContain('无法连接服务器');
    expect(text('import-progress-text')).toBe('已核对 500 / 1201 行');
    expect(disabled('import-commit')).toBe(true);
    click('import-retry');
    await until(() => service.stages.length === 3, 'the chunk sent again');
    expect(service.stages[2]?.rows).toEqual(service.stages[1]?.rows);
    expect(service.stages[2]?.rows[0]?.row).toBe(502);
    // Sent again as the same chunk: after the 500 rows answered, so the service answers it once.
    expect(service.stages.map((s) => s.first)).toEqual([0, 500, 500]);
    service.release();
    await until(() => service.stages.length === 4, 'the last chunk');
    service.release();
    await until(() => disabled('import-commit') === false, 'the commit allowed');
    expect(byTestId('import-failure')).toBeNull();
    expect(service.stages.map((s) => s.rows.length)).toEqual([500, 500, 500, 201]);
  });

  it('stops a file with columns the template does not have before anything is sent', async () => {
    const drawn = await openRegistry({}, { 'members.edit': [township] });
    const [header = [], ...body] = sheetOf(3);
    await pickFile([[...header, '籍贯'], ...body]);
    expect(text('import-file-problem')).toContain('模板中没有这些列：籍贯');
    expect(disabled('import-start')).toBe(true);
    expect(
      drawn.calls.some((c) => c.path.startsWith('members.imports.') && c.path !== 'members.imports.template'),
    ).toBe(false);
  });

  it('says the start’s refusal and lets the user try again', async () => {
    let starts = 0;
    await openRegistry(
      {
        'members.imports.start': () => {
          starts += 1;
          throw refusal('单位已归档，不能再更改', 'BAD_REQUEST');
        },
      },
      { 'members.edit': [township] },
    );
    await pickFile(sheetOf(2));
    click('import-start');
    await until(() => byTestId('import-failure') !== null, 'the refusal');
    expect(text('import-failure')).toContain('单位已归档');
    click('import-retry');
    await until(() => starts === 2, 'the start sent again');
  });
});
