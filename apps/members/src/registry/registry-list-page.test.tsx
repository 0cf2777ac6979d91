// @vitest-environment happy-dom
// The registry against a mocked API: rows show the personal data masked as the server sends it; the filters go into
// the URL (the map's panel lands here narrowed to a unit) and into the query, while an exact lookup by ID number goes
// into the query only; registering a member shows the server's refusal on its field, and once saved what the server
// read from the ID number. The exports say what the table says, in words, in both languages.
import { formatCalendarDay } from '@strata/i18n/days';
import { exportMatrix } from '@strata/ui/list-page';
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MemberExportRow, MemberListInput } from '../common/api-types';
import { memberRow } from '../testing/members';
import { accessOf, settle, testI18n } from '../testing/render';
import {
  type Answers,
  byTestId,
  loadDialogs,
  refusal,
  renderWithApi,
  typeInto,
  until,
} from '../testing/render-with-api';
import { firstBranch, testUnits, township } from '../testing/units';
import { memberExportColumns, memberPiiExportColumns } from './member-columns';
import { RegistryListPage } from './registry-list-page';

beforeAll(loadDialogs, 60_000);

const branch = firstBranch;

const members = [
  memberRow(3, '张建国', 'full'),
  memberRow(4, '李红', 'activist', { gender: 'female', idNumber: '320***********002X', phone: '', status: 'floating' }),
];

type Drawn = ReturnType<typeof renderWithApi>;

async function openRegistry(
  at: string,
  answers: Answers = {},
  allowed: Record<string, number[]> = {},
  unitId = township,
) {
  const drawn = renderWithApi(<RegistryListPage basePath="/members" unitId={unitId} />, {
    answers: {
      'members.registry.list': () => ({ items: members, total: members.length, totalIsBound: false }),
      'identity.units.tree': () => testUnits,
      ...answers,
    },
    at,
    route: '/members/registry',
    access: accessOf({ 'members.read': [township, branch], ...allowed }, unitId),
  });
  await until(() => byTestId('member-link-4') !== null, 'the registry');
  return drawn;
}

const listCalls = (drawn: Drawn) =>
  drawn.calls.filter((c) => c.path === 'members.registry.list').map((c) => c.input as MemberListInput);
const search = () => new URLSearchParams(window.location.search);

/** Opens the select `testId` and picks the option reading `label`. */
async function choose(testId: string, label: string) {
  const select = byTestId(testId) as HTMLElement;
  act(() => {
    (select.querySelector('input') ?? select).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  });
  await settle(10);
  const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
    (o) => o.textContent === label,
  );
  if (!option) throw new Error(`no option ${label}`);
  act(() => option.click());
  await settle(10);
}

const click = (testId: string) => act(() => byTestId(testId)?.click());

describe('the registry', { timeout: 20_000 }, () => {
  it('lists the members of the current unit on the registry now, personal data masked as the server sent it', async () => {
    const drawn = await openRegistry('/members/registry');
    expect(listCalls(drawn)[0]).toEqual({
      unitId: township,
      status: 'current',
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 20,
    });
    expect(byTestId('member-link-3')?.getAttribute('href')).toBe('/members/registry/3');
    expect(byTestId('member-id-number-3')?.textContent).toBe('110***********1234');
    expect(byTestId('member-phone-3')?.textContent).toBe('138****5678');
    expect(byTestId('member-id-number-4')?.textContent).toBe('320***********002X');
    expect(byTestId('member-phone-4')?.textContent).toBe('—');
    const second = byTestId('member-link-4')?.closest('tr');
    expect(second?.querySelector('[data-testid="member-stage"]')?.textContent).toBe('入党积极分子');
    expect(second?.querySelector('[data-testid="member-status"]')?.textContent).toBe('流动');
    // Without members.edit at the unit there is nothing to register; without members.pii no export in full.
    expect(byTestId('registry-create')).toBeNull();
    expect(byTestId('registry-export-pii')).toBeNull();
    expect(byTestId('registry-export')).not.toBeNull();
  });

  it('lands narrowed to the unit the map linked to, and keeps the filters in the URL and the query', async () => {
    const drawn = await openRegistry(`/members/registry?unitId=${branch}&stage=full&status=all`);
    expect(listCalls(drawn)[0]).toMatchObject({ unitId: branch, stage: 'full', status: 'all' });
    typeInto('registry-filter-q', '张');
    click('registry-search-submit');
    await until(() => search().get('q') === '张', 'the search in the URL');
    await until(() => listCalls(drawn).some((c) => c.q === '张'), 'the search in the query');
    expect(listCalls(drawn).at(-1)).toMatchObject({ unitId: branch, stage: 'full', status: 'all', q: '张', page: 1 });
    expect(search().get('unitId')).toBe(String(branch));
  });

  it('looks an ID number up exactly, in the query but never in the address bar', async () => {
    const drawn = await openRegistry('/members/registry');
    typeInto('registry-filter-id-number', '11010519491231002X');
    click('registry-search-submit');
    await until(() => listCalls(drawn).some((c) => c.idNumber === '11010519491231002X'), 'the lookup');
    expect(window.location.href).not.toContain('11010519491231002X');
    // Reset drops it with the other filters.
    click('registry-search-reset');
    await until(() => listCalls(drawn).at(-1)?.idNumber === undefined, 'the lookup dropped');
  });

  it('offers the export with personal data to a user who may see it somewhere', async () => {
    await openRegistry('/members/registry', {}, { 'members.pii': [branch] });
    await until(() => byTestId('registry-export-pii') !== null, 'the switch');
  });
});

describe('registering a member', { timeout: 30_000 }, () => {
  const allowed = { 'members.edit': [township, branch] };

  async function fillForm() {
    click('registry-create');
    await until(() => byTestId('member-create-name') !== null, 'the dialog');
    typeInto('member-create-name', '王小明');
    typeInto('member-create-id-number', '110105199003071234');
    await choose('member-create-education', '大学本科');
    await choose('member-create-occupation', '在职人员');
    typeInto('member-create-appliedOn', '2024-03-01');
  }

  it('shows the refusal of the ID number on its field', async () => {
    const created: unknown[] = [];
    await openRegistry(
      '/members/registry',
      {
        'members.registry.create': (input) => {
          created.push(input);
          throw refusal('身份证号码的校验位不对，请逐位核对', 'BAD_REQUEST', {
            idNumber: ['身份证号码的校验位不对，请逐位核对'],
          });
        },
      },
      allowed,
      branch,
    );
    await fillForm();
    // Opened at a branch, the member goes there unless another is picked.
    expect(byTestId('member-create-unit')?.textContent).toContain('城关一支部');
    click('member-create-save');
    const idItem = () => byTestId('member-create-id-number')?.closest('.ant-form-item');
    await until(() => idItem()?.textContent?.includes('校验位不对') ?? false, 'the refusal on its field');
    expect(created).toEqual([
      {
        unitId: branch,
        name: '王小明',
        idNumber: '110105199003071234',
        ethnicity: '01',
        education: 'undergraduate',
        occupation: 'salaried',
        phone: '',
        address: '',
        workplace: '',
        note: '',
        stage: 'applicant',
        appliedOn: '2024-03-01',
      },
    ]);
  });

  it('once saved, says what the server read from the ID number', async () => {
    const drawn = await openRegistry(
      '/members/registry',
      {
        'members.registry.create': () => ({ id: 99 }),
        'members.registry.get': () => ({ name: '王小明', gender: 'male', birthDate: '1990-03-07' }),
      },
      allowed,
      branch,
    );
    await fillForm();
    click('member-create-save');
    const said = `已登记“王小明”：男，${formatCalendarDay('1990-03-07', 'zh-CN')}出生（由身份证号码读出）`;
    await until(() => document.body.textContent?.includes(said) ?? false, 'the message');
    // The list is asked again, with the new member in it.
    expect(drawn.calls.filter((c) => c.path === 'members.registry.list').length).toBeGreaterThan(1);
  });
});

describe('the exports', () => {
  it('say what the table says, in words, the export in full adding the address and whether it is in full', () => {
    const zh = testI18n('zh-CN');
    const masked = exportMatrix(memberExportColumns(zh.t, 'zh-CN'), members);
    expect(masked.header).toEqual([
      '姓名',
      '性别',
      '出生日期',
      '民族',
      '学历',
      '职业类别',
      '发展阶段',
      '状态',
      '所在支部',
      '身份证号码',
      '联系电话',
      '入党日期',
      '转正日期',
    ]);
    expect(masked.body[1]).toEqual([
      '李红',
      '女',
      '1980-05-12',
      '汉族',
      '大学本科',
      '在职人员',
      '入党积极分子',
      '流动',
      '城关一支部',
      '320***********002X',
      '',
      '',
      '',
    ]);
    const en = testI18n('en-US');
    const full: MemberExportRow[] = [
      {
        ...memberRow(3, '张建国', 'full'),
        idNumber: '110105198005121234',
        address: '城关镇人民路 1 号',
        revealed: true,
      },
      { ...memberRow(5, '赵强', 'full', { unitId: 9, unitName: '东湖支部' }), address: '东湖****', revealed: false },
    ];
    const inFull = exportMatrix(memberPiiExportColumns(en.t, 'en-US'), full);
    expect(inFull.header.slice(-3)).toEqual(['Full member since', 'Address', 'Personal data']);
    expect(inFull.body.map((cells) => cells.slice(-3))).toEqual([
      ['2008-07-01', '城关镇人民路 1 号', 'In full'],
      ['2008-07-01', '东湖****', 'Masked'],
    ]);
    expect(inFull.body[0]?.[3]).toBe('Han');
  });
});
