// @vitest-environment happy-dom
// The transfers page against a mocked API: rows as the server sends them (names linking to the registry, an outside
// destination named as such), the tab, state and search in the URL and in the query; each action shown only where the
// server allows it and the reader holds members.transfer at that side's unit, sending the right input and showing
// the server's refusal on its field; the columns sorted on the server; the receiving branch found by name in the whole
// organisation; the letter's drawer with the masked ID number; both languages.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TransferDetail, TransferListInput, TransferRow, Unit } from '../common/api-types';
import { memberRow } from '../testing/members';
import { accessOf, settle } from '../testing/render';
import {
  type Answers,
  byTestId,
  loadDialogs,
  refusal,
  renderWithApi,
  typeInto,
  until,
} from '../testing/render-with-api';
import { firstBranch, secondBranch, testUnits, township } from '../testing/units';
import { TransfersPage } from './transfers-page';

beforeAll(loadDialogs, 60_000);

const sender = firstBranch;
const receiver = secondBranch;
const units: Unit[] = testUnits;

const letter = (id: number, fields: Partial<TransferRow> = {}): TransferRow => ({
  id,
  letterNo: `2026-000${id}`,
  memberId: 30 + id,
  memberName: '张建国',
  fromUnitId: sender,
  fromUnitName: '城关一支部',
  toUnitId: receiver,
  toUnitName: '城关二支部',
  toOrganisation: '',
  crossProvince: false,
  issuedOn: '2026-03-02',
  expiresOn: '2026-06-02',
  state: 'issued',
  direction: 'out',
  actions: { confirm: true, return: true, cancel: true },
  ...fields,
});
const letters = [
  letter(1),
  letter(2, {
    memberName: '李红',
    toUnitId: null,
    toUnitName: null,
    toOrganisation: '广东省深圳市某公司党支部',
    crossProvince: true,
    expiresOn: '2026-09-02',
    state: 'completed',
    actions: { confirm: false, return: false, cancel: false },
  }),
];

const detail = (row: TransferRow): TransferDetail => ({
  ...row,
  reason: '工作调动',
  answer: '',
  decidedAt: null,
  member: {
    name: row.memberName,
    gender: 'male',
    birthDate: '1980-05-12',
    ethnicity: '01',
    education: 'undergraduate',
    stage: 'full',
    appliedOn: '2005-03-01',
    activistOn: '2005-09-01',
    candidateOn: '2006-09-01',
    probationaryOn: '2007-07-01',
    probationEndsOn: '2008-07-01',
    fullOn: '2008-07-01',
    idNumber: '110***********1234',
  },
});

/** The member a letter is issued for, at the sending branch, without a phone. */
const member = memberRow(31, '张建国', 'full', { unitId: sender, phone: '' });

type Drawn = ReturnType<typeof renderWithApi>;

async function openTransfers(
  at: string,
  {
    answers = {},
    allowed = {},
    language,
  }: { answers?: Answers; allowed?: Record<string, number[]>; language?: 'zh-CN' | 'en-US' } = {},
) {
  const drawn = renderWithApi(<TransfersPage basePath="/members" unitId={township} />, {
    answers: {
      'members.transfers.list': () => ({ items: letters, total: letters.length, totalIsBound: false }),
      'identity.units.tree': () => units,
      ...answers,
    },
    at,
    route: '/members/transfers',
    access: accessOf({ 'members.read': [township, sender, receiver], ...allowed }, township),
    ...(language && { language }),
  });
  await until(() => byTestId('transfer-member-2') !== null, 'the letters');
  return drawn;
}

const listCalls = (drawn: Drawn) =>
  drawn.calls.filter((c) => c.path === 'members.transfers.list').map((c) => c.input as TransferListInput);
const search = () => new URLSearchParams(window.location.search);
const click = (testId: string) => act(() => byTestId(testId)?.click());
const text = () => document.body.textContent ?? '';

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

/** Opens the unit tree `testId` (loaded on first use) and picks the unit named `title`. */
async function chooseInTree(testId: string, title: string) {
  const picker = byTestId(testId) as HTMLElement;
  act(() => {
    picker.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  });
  const node = () =>
    [...document.querySelectorAll<HTMLElement>('.ant-select-tree-node-content-wrapper')].find(
      (n) => n.textContent === title,
    );
  await until(() => node() !== undefined, `the unit ${title}`);
  act(() => node()?.click());
  await settle(10);
}

/** Types `text` into the search box of the select `testId` (opened first), as a user does. */
async function searchIn(testId: string, text: string) {
  const select = byTestId(testId) as HTMLElement;
  const input = select.querySelector('input') as HTMLInputElement;
  act(() => {
    input.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  });
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle(10);
}

describe('the transfer letters', { timeout: 20_000 }, () => {
  it('lists the letters of the current unit as the server sent them, the names linking to the registry', async () => {
    const drawn = await openTransfers('/members/transfers');
    expect(listCalls(drawn)[0]).toEqual({
      direction: 'all',
      unitId: township,
      sort: 'issuedOn',
      order: 'desc',
      page: 1,
      pageSize: 20,
    });
    expect(byTestId('transfer-member-1')?.getAttribute('href')).toBe('/members/registry/31');
    const outside = byTestId('transfer-member-2')?.closest('tr');
    expect(outside?.textContent).toContain('广东省深圳市某公司党支部（系统外）');
    expect(outside?.textContent).toContain('跨省');
    expect(outside?.querySelector('[data-testid="transfer-state"]')?.textContent).toBe('已办结');
    expect(byTestId('transfer-open-1')?.textContent).toBe('2026-0001');
  });

  it('keeps the tab, the state and the search in the URL and the query', async () => {
    const drawn = await openTransfers('/members/transfers?state=expired');
    expect(listCalls(drawn)[0]).toMatchObject({ direction: 'all', state: 'expired' });
    const inTab = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find((e) => e.textContent === '转入');
    act(() => inTab?.click());
    await until(() => search().get('direction') === 'in', 'the tab in the URL');
    await until(() => listCalls(drawn).at(-1)?.direction === 'in', 'the tab in the query');
    typeInto('transfers-filter-q', '张');
    click('transfers-search-submit');
    await until(() => search().get('q') === '张', 'the search in the URL');
    await until(() => listCalls(drawn).at(-1)?.q === '张', 'the search in the query');
    expect(listCalls(drawn).at(-1)).toEqual({
      direction: 'in',
      state: 'expired',
      q: '张',
      unitId: township,
      sort: 'issuedOn',
      order: 'desc',
      page: 1,
      pageSize: 20,
    });
  });

  it('sorts on the server by the member, the day issued or the last valid day, the order in the URL', async () => {
    const drawn = await openTransfers('/members/transfers?sort=expiresOn&order=asc');
    expect(listCalls(drawn)[0]).toMatchObject({ sort: 'expiresOn', order: 'asc' });
    const sortable = () => [...document.querySelectorAll<HTMLElement>('th.ant-table-column-has-sorters')];
    expect(sortable().map((th) => th.textContent)).toEqual(['党员', '开具日期', '有效期至']);
    const header = (title: string) => sortable().find((th) => th.textContent === title);
    act(() => header('党员')?.click());
    await until(() => search().get('sort') === 'member' && search().get('order') === 'asc', 'the sort in the URL');
    await until(() => listCalls(drawn).at(-1)?.sort === 'member', 'the sort in the query');
    expect(listCalls(drawn).at(-1)).toMatchObject({ sort: 'member', order: 'asc', page: 1 });
    // A day sorts the latest first on the first click (the list's own order: a plain URL), then the earliest.
    act(() => header('开具日期')?.click());
    await until(() => search().get('sort') === null, 'the plain URL');
    await until(() => listCalls(drawn).at(-1)?.sort === 'issuedOn', 'the latest issued first');
    expect(listCalls(drawn).at(-1)).toMatchObject({ sort: 'issuedOn', order: 'desc' });
    act(() => header('开具日期')?.click());
    await until(() => search().get('sort') === 'issuedOn' && search().get('order') === 'asc', 'the earliest first');
    await until(() => listCalls(drawn).at(-1)?.order === 'asc', 'the order in the query');
    expect(listCalls(drawn).at(-1)).toMatchObject({ sort: 'issuedOn', order: 'asc' });
  });

  it('narrows the letters to a unit within the current one', async () => {
    const drawn = await openTransfers('/members/transfers');
    await chooseInTree('transfers-filter-unit', '城关二支部');
    click('transfers-search-submit');
    await until(() => search().get('unitId') === String(receiver), 'the unit in the URL');
    await until(() => listCalls(drawn).at(-1)?.unitId === receiver, 'the unit in the query');
  });

  it('says what an empty tab holds', async () => {
    renderWithApi(<TransfersPage basePath="/members" unitId={township} />, {
      answers: {
        'members.transfers.list': () => ({ items: [], total: 0, totalIsBound: false }),
        'identity.units.tree': () => units,
      },
      at: '/members/transfers?direction=out',
      route: '/members/transfers',
      access: accessOf({ 'members.read': [township] }, township),
    });
    await until(() => byTestId('transfers-empty') !== null, 'the empty state');
    expect(byTestId('transfers-empty')?.textContent).toContain('本单位及下级单位没有开具过组织关系介绍信。');
  });
});

describe('the actions on a letter', { timeout: 30_000 }, () => {
  it('are hidden without members.transfer at the side that acts, even where the letter allows them', async () => {
    await openTransfers('/members/transfers');
    expect(byTestId('transfer-confirm-1')).toBeNull();
    expect(byTestId('transfer-return-1')).toBeNull();
    expect(byTestId('transfer-cancel-1')).toBeNull();
    expect(byTestId('transfers-issue')).toBeNull();
  });

  it('show confirm and return at the receiving unit, cancel at the sending unit', async () => {
    await openTransfers('/members/transfers', { allowed: { 'members.transfer': [receiver] } });
    expect(byTestId('transfer-confirm-1')).not.toBeNull();
    expect(byTestId('transfer-return-1')).not.toBeNull();
    expect(byTestId('transfer-cancel-1')).toBeNull();
    // The letter done at once offers nothing, whatever the reader holds.
    expect(byTestId('transfer-confirm-2')).toBeNull();
  });

  it('cancels at the sending unit after asking, and shows the refusal of the reason on its field', async () => {
    const sent: unknown[] = [];
    await openTransfers('/members/transfers', {
      allowed: { 'members.transfer': [sender] },
      answers: {
        'members.transfers.cancel': (input) => {
          sent.push(input);
          throw refusal('原因太短', 'BAD_REQUEST', { reason: ['原因太短'] });
        },
      },
    });
    expect(byTestId('transfer-confirm-1')).toBeNull();
    click('transfer-cancel-1');
    await until(() => byTestId('transfer-cancel-reason') !== null, 'the dialog');
    typeInto('transfer-cancel-reason', '接收单位开错了');
    click('transfer-cancel-save');
    await until(() => byTestId('transfer-cancel-confirm') !== null, 'the question');
    expect(text()).toContain('确认撤销介绍信 2026-0001？');
    click('transfer-cancel-confirm');
    const item = () => byTestId('transfer-cancel-reason')?.closest('.ant-form-item');
    await until(() => item()?.textContent?.includes('原因太短') ?? false, 'the refusal on its field');
    expect(sent).toEqual([{ id: 1, reason: '接收单位开错了' }]);
  });

  it('confirms receipt with the note, and shows an expired letter refused above the form', async () => {
    const sent: unknown[] = [];
    await openTransfers('/members/transfers', {
      allowed: { 'members.transfer': [receiver] },
      answers: {
        'members.transfers.confirm': (input) => {
          sent.push(input);
          throw refusal('介绍信已于 2026-06-02 过期，不能再确认接收', 'CONFLICT');
        },
      },
    });
    click('transfer-confirm-1');
    await until(() => byTestId('transfer-confirm-note') !== null, 'the dialog');
    expect(text()).toContain('组织关系转入城关二支部');
    typeInto('transfer-confirm-note', '已收到');
    click('transfer-confirm-save');
    await until(() => text().includes('不能再确认接收'), 'the refusal');
    expect(sent).toEqual([{ id: 1, note: '已收到' }]);
  });

  it('returns with the reason, and a return without one is not sent', async () => {
    const sent: unknown[] = [];
    await openTransfers('/members/transfers', {
      allowed: { 'members.transfer': [receiver] },
      answers: {
        'members.transfers.return': (input) => {
          sent.push(input);
          return { id: 1 };
        },
      },
    });
    click('transfer-return-1');
    await until(() => byTestId('transfer-return-reason') !== null, 'the dialog');
    click('transfer-return-save');
    const item = () => byTestId('transfer-return-reason')?.closest('.ant-form-item');
    await until(() => item()?.textContent?.includes('请填写退回原因') ?? false, 'the rule');
    expect(sent).toEqual([]);
    typeInto('transfer-return-reason', '接收单位有误');
    click('transfer-return-save');
    await until(() => text().includes('介绍信 2026-0001 已退回'), 'the message');
    expect(sent).toEqual([{ id: 1, reason: '接收单位有误' }]);
  });
});

describe('issuing a letter', { timeout: 30_000 }, () => {
  it('sends the letter to an outside organisation and shows the refusal of the member on its field', async () => {
    const sent: unknown[] = [];
    await openTransfers('/members/transfers', {
      allowed: { 'members.transfer': [sender] },
      answers: {
        'members.registry.list': () => ({ items: [member], total: 1, totalIsBound: false }),
        'members.transfers.issue': (input) => {
          sent.push(input);
          throw refusal('该党员已有未办结的介绍信（2026-0001），请先撤销', 'CONFLICT', {
            memberId: ['该党员已有未办结的介绍信（2026-0001），请先撤销'],
          });
        },
      },
    });
    click('transfers-issue');
    await until(() => byTestId('transfer-issue-member') !== null, 'the dialog');
    await until(() => byTestId('transfer-issue-member')?.getAttribute('aria-busy') !== 'true', 'the members');
    await choose('transfer-issue-member', '张建国 · 城关一支部');
    const outside = [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find(
      (r) => r.value === 'outside',
    );
    act(() => outside?.click());
    await until(() => byTestId('transfer-issue-to-organisation') !== null, 'the outside fields');
    expect(text()).toContain('开具后该党员即离开本系统名册');
    typeInto('transfer-issue-to-organisation', '广东省深圳市某公司党支部');
    click('transfer-issue-cross-province');
    typeInto('transfer-issue-issued-on', '2026-03-02');
    await until(() => text().includes('有效期至 2026年9月2日（6 个月）'), 'the validity');
    typeInto('transfer-issue-reason', '工作调动');
    click('transfer-issue-save');
    const item = () => byTestId('transfer-issue-member')?.closest('.ant-form-item');
    await until(() => item()?.textContent?.includes('未办结的介绍信') ?? false, 'the refusal on its field');
    expect(sent).toEqual([
      {
        memberId: 31,
        toOrganisation: '广东省深圳市某公司党支部',
        crossProvince: true,
        issuedOn: '2026-03-02',
        reason: '工作调动',
      },
    ]);
  });
});

describe('the receiving branch', { timeout: 30_000 }, () => {
  const branches = [
    { id: 91, name: '西山镇机关支部', townshipName: '西山镇' },
    { id: 92, name: '东湖街道机关支部', townshipName: '东湖街道' },
  ];

  it('is found by name in the whole organisation as the user types, and the letter names it', async () => {
    const sent: unknown[] = [];
    const drawn = await openTransfers('/members/transfers', {
      allowed: { 'members.transfer': [sender] },
      answers: {
        'members.registry.list': () => ({ items: [member], total: 1, totalIsBound: false }),
        'members.transfers.destinations': (input) => {
          const q = (input as { q?: string }).q ?? '';
          return branches.filter((b) => b.name.includes(q));
        },
        'members.transfers.issue': (input) => {
          sent.push(input);
          return { id: 5, letterNo: '2026-0005' };
        },
      },
    });
    click('transfers-issue');
    await until(() => byTestId('transfer-issue-member') !== null, 'the dialog');
    await until(() => byTestId('transfer-issue-member')?.getAttribute('aria-busy') !== 'true', 'the members');
    await choose('transfer-issue-member', '张建国 · 城关一支部');
    const destinationCalls = () =>
      drawn.calls.filter((c) => c.path === 'members.transfers.destinations').map((c) => c.input);
    await searchIn('transfer-issue-to-unit', ' 西山 ');
    await until(() => destinationCalls().some((i) => (i as { q?: string }).q === '西山'), 'the search sent');
    const option = () =>
      [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
        (o) => o.textContent === '西山镇机关支部 · 西山镇',
      );
    await until(() => option() !== undefined, 'the branch found');
    expect(text()).not.toContain('东湖街道机关支部 · 东湖街道');
    act(() => option()?.click());
    await settle(10);
    typeInto('transfer-issue-issued-on', '2026-03-02');
    typeInto('transfer-issue-reason', '工作调动');
    click('transfer-issue-save');
    await until(() => sent.length === 1, 'the letter sent');
    expect(sent).toEqual([
      { memberId: 31, toUnitId: 91, crossProvince: false, issuedOn: '2026-03-02', reason: '工作调动' },
    ]);
    // Opened, the picker asked for the first units; typed into, for the text trimmed.
    expect(destinationCalls()[0]).toEqual({});
  });

  it('says when no branch matches, in English too', async () => {
    await openTransfers('/members/transfers', {
      language: 'en-US',
      allowed: { 'members.transfer': [sender] },
      answers: {
        'members.registry.list': () => ({ items: [member], total: 1, totalIsBound: false }),
        'members.transfers.destinations': () => [],
      },
    });
    click('transfers-issue');
    await until(() => byTestId('transfer-issue-to-unit') !== null, 'the dialog');
    await searchIn('transfer-issue-to-unit', '无此支部');
    await until(() => text().includes('No open branch or group found'), 'the empty answer');
  });
});

describe('the letter', { timeout: 20_000 }, () => {
  it('opens from the URL with its particulars, the member masked, its history and the actions of the side', async () => {
    const drawn = await openTransfers('/members/transfers?letter=1', {
      allowed: { 'members.transfer': [receiver] },
      answers: { 'members.transfers.get': () => detail(letter(1)) },
    });
    await until(() => byTestId('transfer-detail-id-number') !== null, 'the letter');
    expect(drawn.calls.some((c) => c.path === 'members.transfers.get' && (c.input as { id: number }).id === 1)).toBe(
      true,
    );
    expect(byTestId('transfer-detail-id-number')?.textContent).toBe('110***********1234');
    expect(byTestId('transfer-detail-member-link')?.getAttribute('href')).toBe('/members/registry/31');
    expect(byTestId('transfer-detail-letter')?.textContent).toContain('至 2026年6月2日（3 个月）');
    expect(byTestId('transfer-history-issued')?.textContent).toContain('工作调动');
    expect(byTestId('transfer-detail-confirm-1')).not.toBeNull();
    expect(byTestId('transfer-detail-cancel-1')).toBeNull();
  });

  it('reads in English', async () => {
    await openTransfers('/members/transfers?letter=2', {
      language: 'en-US',
      answers: {
        'members.transfers.get': () => ({ ...detail(letters[1] as TransferRow), decidedAt: null }),
      },
    });
    await until(() => byTestId('transfer-detail-id-number') !== null, 'the letter');
    expect(text()).toContain('Membership transfers');
    expect(text()).toContain('广东省深圳市某公司党支部 (outside the system)');
    expect(byTestId('transfer-history-completed')?.textContent).toContain(
      'To an organisation outside the system: done on issue',
    );
    expect(byTestId('transfer-detail-letter')?.textContent).toContain('(6 months)');
  });
});
