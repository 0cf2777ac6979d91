// @vitest-environment happy-dom
// The floating members' page against a mocked API: rows as the server sends them (the member linking to the registry,
// an open-ended attachment said so), current attachments asked for by default, the tab and the state in the URL and
// the query, the name searched and the unit too; ending shown only where the server allows it and the reader holds
// members.transfer at the member's own branch, sending the day and showing its refusal on the field; registering
// checks its days and host before sending, the host found by name in the whole organisation; both languages.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FloatingListInput, FloatingRow, Unit } from '../common/api-types';
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
import { FloatingPage } from './floating-page';

beforeAll(loadDialogs, 60_000);

const home = firstBranch;
const host = secondBranch;
const units: Unit[] = testUnits;

const attachment = (id: number, fields: Partial<FloatingRow> = {}): FloatingRow => ({
  id,
  memberId: 40 + id,
  memberName: '王小明',
  gender: 'male',
  stage: 'full',
  homeUnitId: home,
  homeUnitName: '城关一支部',
  hostUnitId: host,
  hostUnitName: '城关二支部',
  place: '深圳市南山区，务工',
  startedOn: '2026-01-05',
  untilOn: null,
  endedOn: null,
  direction: 'out',
  actions: { end: true },
  ...fields,
});
const rows = [attachment(1), attachment(2, { memberName: '李红', untilOn: '2026-12-31', actions: { end: false } })];

async function openFloating(
  at: string,
  {
    answers = {},
    allowed = {},
    language,
  }: { answers?: Answers; allowed?: Record<string, number[]>; language?: 'zh-CN' | 'en-US' } = {},
) {
  const drawn = renderWithApi(<FloatingPage basePath="/members" unitId={township} />, {
    answers: {
      'members.floating.list': () => ({ items: rows, total: rows.length, totalIsBound: false }),
      'identity.units.tree': () => units,
      ...answers,
    },
    at,
    route: '/members/floating',
    access: accessOf({ 'members.read': [township, home, host], ...allowed }, township),
    ...(language && { language }),
  });
  await until(() => byTestId('floating-member-2') !== null, 'the attachments');
  return drawn;
}

const listCalls = (drawn: ReturnType<typeof renderWithApi>) =>
  drawn.calls.filter((c) => c.path === 'members.floating.list').map((c) => c.input as FloatingListInput);
const search = () => new URLSearchParams(window.location.search);
const click = (testId: string) => act(() => byTestId(testId)?.click());
const text = () => document.body.textContent ?? '';

describe('the floating members', { timeout: 30_000 }, () => {
  it('lists the current attachments of the subtree as the server sent them', async () => {
    const drawn = await openFloating('/members/floating');
    expect(listCalls(drawn)[0]).toEqual({ direction: 'out', unitId: township, open: true, page: 1, pageSize: 20 });
    expect(byTestId('floating-member-1')?.getAttribute('href')).toBe('/members/registry/41');
    const first = byTestId('floating-member-1')?.closest('tr');
    expect(first?.textContent).toContain('深圳市南山区，务工');
    expect(first?.textContent).toContain('未定');
    expect(first?.querySelector('[data-testid="member-stage"]')?.textContent).toBe('正式党员');
  });

  it('keeps the tab and the state in the URL and the query', async () => {
    const drawn = await openFloating('/members/floating?state=all');
    expect(listCalls(drawn)[0]).toEqual({ direction: 'out', unitId: township, page: 1, pageSize: 20 });
    const hosted = [...document.querySelectorAll<HTMLElement>('[role="tab"]')].find(
      (e) => e.textContent === '流入本单位的党员',
    );
    act(() => hosted?.click());
    await until(() => search().get('direction') === 'hosted', 'the tab in the URL');
    await until(() => listCalls(drawn).at(-1)?.direction === 'hosted', 'the tab in the query');
    expect(search().get('state')).toBe('all');
  });

  it('searches by the member’s name and narrows to a unit, both in the URL and the query', async () => {
    const drawn = await openFloating('/members/floating?q=%E7%8E%8B');
    expect(listCalls(drawn)[0]).toEqual({
      direction: 'out',
      unitId: township,
      open: true,
      q: '王',
      page: 1,
      pageSize: 20,
    });
    expect(byTestId<HTMLInputElement>('floating-filter-q')?.value).toBe('王');
    typeInto('floating-filter-q', '李红');
    const picker = byTestId('floating-filter-unit') as HTMLElement;
    act(() => {
      picker.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    const node = () =>
      [...document.querySelectorAll<HTMLElement>('.ant-select-tree-node-content-wrapper')].find(
        (n) => n.textContent === '城关一支部',
      );
    await until(() => node() !== undefined, 'the units');
    act(() => node()?.click());
    await settle(10);
    click('floating-search-submit');
    await until(() => search().get('q') === '李红' && search().get('unitId') === String(home), 'the URL');
    await until(() => listCalls(drawn).at(-1)?.q === '李红', 'the query');
    expect(listCalls(drawn).at(-1)).toEqual({
      direction: 'out',
      unitId: home,
      open: true,
      q: '李红',
      page: 1,
      pageSize: 20,
    });
  });

  it('hides ending without members.transfer at the home branch, and where the server says no', async () => {
    await openFloating('/members/floating', { allowed: { 'members.transfer': [host] } });
    expect(byTestId('floating-end-1')).toBeNull();
    expect(byTestId('floating-start')).not.toBeNull();
  });

  it('ends an attachment on a day, showing the refusal of the day on its field', async () => {
    const sent: unknown[] = [];
    await openFloating('/members/floating', {
      allowed: { 'members.transfer': [home] },
      answers: {
        'members.floating.end': (input) => {
          sent.push(input);
          throw refusal('结束日期不能早于外出日期（2026-01-05）', 'BAD_REQUEST', {
            endedOn: ['结束日期不能早于外出日期（2026-01-05）'],
          });
        },
      },
    });
    expect(byTestId('floating-end-2')).toBeNull();
    click('floating-end-1');
    await until(() => byTestId('floating-end-ended-on') !== null, 'the dialog');
    expect(text()).toContain('结束王小明的流动？');
    typeInto('floating-end-ended-on', '2026-01-01');
    click('floating-end-save');
    const item = () => byTestId('floating-end-ended-on')?.closest('.ant-form-item');
    await until(() => item()?.textContent?.includes('不能早于外出日期') ?? false, 'the refusal on its field');
    expect(sent).toEqual([{ id: 1, endedOn: '2026-01-01' }]);
  });

  it('checks the registration before sending: a return after the day of leaving, a host chosen', async () => {
    const sent: unknown[] = [];
    const member = memberRow(51, '赵强', 'full', {
      unitId: home,
      birthDate: '1985-01-01',
      education: 'college',
      occupation: 'farmer',
      probationaryOn: '2010-07-01',
      fullOn: '2011-07-01',
      phone: '',
    });
    await openFloating('/members/floating', {
      allowed: { 'members.transfer': [home] },
      answers: {
        'members.registry.list': () => ({ items: [member], total: 1, totalIsBound: false }),
        'members.floating.start': (input) => {
          sent.push(input);
          return { id: 9 };
        },
      },
    });
    click('floating-start');
    await until(() => byTestId('floating-start-member') !== null, 'the dialog');
    const select = byTestId('floating-start-member') as HTMLElement;
    act(() => {
      (select.querySelector('input') ?? select).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await until(
      () =>
        [...document.querySelectorAll('.ant-select-item-option')].some((o) => o.textContent === '赵强 · 城关一支部'),
      'the member',
    );
    const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (o) => o.textContent === '赵强 · 城关一支部',
    );
    act(() => option?.click());
    await settle(10);
    typeInto('floating-start-place', '深圳市南山区，务工');
    typeInto('floating-start-started-on', '2026-02-01');
    typeInto('floating-start-until-on', '2026-01-01');
    click('floating-start-save');
    const returnItem = () => byTestId('floating-start-until-on')?.closest('.ant-form-item');
    await until(() => returnItem()?.textContent?.includes('须晚于外出日期') ?? false, 'the rule on the return day');
    // The host is still to be chosen: the form says so and sends nothing.
    expect(text()).toContain('请选择流入支部');
    expect(sent).toEqual([]);
  });

  it('registers a member attached to a branch of any township, found by name as the user types', async () => {
    const sent: unknown[] = [];
    const member = memberRow(52, '孙丽', 'full', {
      unitId: home,
      gender: 'female',
      birthDate: '1990-02-01',
      education: 'college',
      probationaryOn: '2015-07-01',
      fullOn: '2016-07-01',
      idNumber: '110***********4321',
      phone: '',
    });
    const drawn = await openFloating('/members/floating', {
      allowed: { 'members.transfer': [home] },
      answers: {
        'members.registry.list': () => ({ items: [member], total: 1, totalIsBound: false }),
        'members.transfers.destinations': (input) =>
          [
            { id: 93, name: '南岭乡企业联合支部', townshipName: '南岭乡' },
            { id: 94, name: '市直机关支部', townshipName: null },
          ].filter((u) => u.name.includes((input as { q?: string }).q ?? '')),
        'members.floating.start': (input) => {
          sent.push(input);
          return { id: 10 };
        },
      },
    });
    click('floating-start');
    await until(() => byTestId('floating-start-member') !== null, 'the dialog');
    const pick = async (testId: string, label: string) => {
      const select = byTestId(testId) as HTMLElement;
      act(() => {
        (select.querySelector('input') ?? select).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      });
      const option = () =>
        [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((o) => o.textContent === label);
      await until(() => option() !== undefined, label);
      act(() => option()?.click());
      await settle(10);
    };
    await pick('floating-start-member', '孙丽 · 城关一支部');
    // Opened, the host picker offers the first units (one above every township named alone); typed into, it searches.
    await pick('floating-start-host', '市直机关支部');
    const input = byTestId('floating-start-host')?.querySelector('input') as HTMLInputElement;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, '企业');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const searched = () =>
      drawn.calls.filter((c) => c.path === 'members.transfers.destinations').map((c) => c.input as { q?: string });
    await until(() => searched().some((i) => i.q === '企业'), 'the search');
    await pick('floating-start-host', '南岭乡企业联合支部 · 南岭乡');
    typeInto('floating-start-place', '南岭工业园');
    typeInto('floating-start-started-on', '2026-02-01');
    click('floating-start-save');
    await until(() => sent.length === 1, 'the registration');
    expect(sent).toEqual([{ memberId: 52, hostUnitId: 93, place: '南岭工业园', startedOn: '2026-02-01' }]);
  });

  it('reads in English', async () => {
    await openFloating('/members/floating', { language: 'en-US', allowed: { 'members.transfer': [home] } });
    expect(text()).toContain('Floating members');
    expect(text()).toContain('Our members working away');
    expect(byTestId('floating-end-1')?.textContent).toBe('End');
    expect(byTestId('floating-member-1')?.closest('tr')?.textContent).toContain('Not set');
  });
});
