// @vitest-environment happy-dom
// A member's profile against a mocked API: the personal data masked as the server sends it, the reveal offered only to
// a reader holding members.pii at the member's unit and, once confirmed, the values shown in place with a word that
// the viewing was recorded; the timeline in the reader's words; a status change asks before it is made; a member the
// server does not find shows the not-found page.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { memberProfile } from '../testing/members';
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
import { firstBranch } from '../testing/units';
import { MemberPage } from './member-page';

beforeAll(loadDialogs, 60_000);

const branch = firstBranch;
const member = memberProfile({
  timeline: [
    {
      id: 12,
      kind: 'edited',
      on: '2026-03-02',
      at: '2026-03-02T02:00:00.000Z',
      actorName: '王书记',
      atUnitId: branch,
      atUnitName: '城关一支部',
      value: '',
      note: '工作单位、联系电话',
    },
    {
      id: 11,
      kind: 'stage',
      on: '2008-07-01',
      at: '2026-01-05T02:00:00.000Z',
      actorName: '王书记',
      atUnitId: branch,
      atUnitName: '城关一支部',
      value: 'full',
      note: '预备期满，按期转为正式党员',
    },
  ],
  sponsors: [{ id: 4, name: '李红', role: 'introducer', assignedOn: '2006-10-01' }],
});
const revealed = { idNumber: '110105198005121234', phone: '13812345678', address: '城关镇人民路 1 号' };

type Drawn = ReturnType<typeof renderWithApi>;

async function openProfile(allowed: Record<string, number[]>, answers: Answers = {}, profile = member) {
  const drawn = renderWithApi(<MemberPage basePath="/members" />, {
    answers: { 'members.registry.get': () => profile, ...answers },
    at: '/members/registry/3',
    route: '/members/registry/:id',
    access: accessOf({ 'members.read': [branch], ...allowed }, branch),
  });
  await until(() => byTestId('member-page') !== null || byTestId('member-not-found') !== null, 'the profile');
  // The timeline and the reveal are fetched when the page first draws them (@strata/ui's page parts).
  if (byTestId('member-page'))
    await until(
      () =>
        (byTestId('member-timeline') ?? byTestId('member-timeline-empty')) !== null &&
        (byTestId('member-masked') ?? byTestId('member-revealed')) !== null,
      'the timeline and the reveal',
    );
  return drawn;
}

const text = (testId: string) => byTestId(testId)?.textContent;
const click = (testId: string) => act(() => byTestId(testId)?.click());
const called = (drawn: Drawn, path: string) => drawn.calls.filter((c) => c.path === path);
/** The confirmation's button reading `label`. */
async function confirmWith(label: string) {
  await until(() => document.querySelector('.ant-modal-confirm-btns') !== null, 'the confirmation');
  const button = [...document.querySelectorAll<HTMLButtonElement>('.ant-modal-confirm-btns button')].find(
    (b) => b.textContent?.replace(/\s/g, '') === label,
  );
  if (!button) throw new Error(`no ${label} button`);
  act(() => button.click());
  await settle(20);
}

describe('a member’s profile', { timeout: 20_000 }, () => {
  it('shows the member with the personal data masked, the sponsors as links and the timeline in words', async () => {
    await openProfile({});
    expect(text('member-heading')).toBe('正式党员正常城关一支部');
    expect(text('member-id-number')).toBe('110***********1234');
    expect(text('member-phone')).toBe('138****5678');
    expect(text('member-address')).toBe('城关镇****');
    expect(byTestId('member-sponsor-4')?.getAttribute('href')).toBe('/members/registry/4');
    const entries = [...document.querySelectorAll('[data-testid="member-timeline-item"]')].map((e) => e.textContent);
    expect(entries[0]).toContain('修改信息');
    expect(entries[0]).toContain('经办人：王书记');
    expect(entries[0]).toContain('工作单位、联系电话');
    expect(entries[1]).toContain('发展阶段：正式党员');
    expect(entries[1]).toContain('城关一支部');
    // A reader of the registry alone changes nothing.
    expect(byTestId('member-edit')).toBeNull();
    expect(byTestId('member-change-status')).toBeNull();
  });

  it('offers no reveal without members.pii at the member’s unit', async () => {
    await openProfile({ 'members.pii': [99] });
    expect(byTestId('member-personal')).not.toBeNull();
    expect(byTestId('member-reveal')).toBeNull();
  });

  it('reveals the personal data in place once confirmed, saying the viewing was recorded', async () => {
    const drawn = await openProfile({ 'members.pii': [branch] }, { 'members.registry.reveal': () => revealed });
    expect(byTestId('member-reveal')?.getAttribute('data-permission')).toBe('members.pii');
    click('member-reveal');
    await until(() => document.querySelector('.ant-modal-confirm') !== null, 'the question');
    // Asked first: nothing is revealed before the answer.
    expect(called(drawn, 'members.registry.reveal')).toEqual([]);
    await confirmWith('查看');
    await until(() => text('member-id-number') === revealed.idNumber, 'the values');
    expect(called(drawn, 'members.registry.reveal').map((c) => c.input)).toEqual([{ id: 3 }]);
    expect(text('member-phone')).toBe('13812345678');
    expect(byTestId('member-phone')?.getAttribute('href')).toBe('tel:13812345678');
    expect(text('member-address')).toBe('城关镇人民路 1 号');
    expect(text('member-revealed')).toContain('已记入审计日志');
    expect(byTestId('member-reveal')).toBeNull();
  });

  it('asks before changing the status, and changes it only when confirmed', async () => {
    const drawn = await openProfile({ 'members.edit': [branch] }, { 'members.registry.setStatus': (input) => input });
    click('member-change-status');
    await until(() => byTestId('member-status-reason') !== null, 'the dialog');
    const select = byTestId('member-status-status') as HTMLElement;
    act(() => {
      (select.querySelector('input') ?? select).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await settle(10);
    const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (o) => o.textContent === '退党',
    );
    act(() => option?.click());
    typeInto('member-status-on', '2026-01-10');
    typeInto('member-status-reason', '本人申请退党');
    click('member-status-next');
    await until(() => document.querySelector('.ant-modal-confirm') !== null, 'the question');
    expect(document.querySelector('.ant-modal-confirm')?.textContent).toContain('确认将“张建国”的状态变更为“退党”？');
    expect(called(drawn, 'members.registry.setStatus')).toEqual([]);
    await confirmWith('确认变更');
    await until(() => called(drawn, 'members.registry.setStatus').length === 1, 'the change');
    expect(called(drawn, 'members.registry.setStatus')[0]?.input).toEqual({
      id: 3,
      status: 'withdrawn',
      on: '2026-01-10',
      reason: '本人申请退党',
    });
  });

  it('links the member’s own account by username, and shows a refusal on the field', async () => {
    let taken = true;
    const drawn = await openProfile(
      { 'members.edit': [branch] },
      {
        'members.registry.linkAccount': (input) => {
          if (taken)
            throw refusal('这个账号已关联另一名党员', 'BAD_REQUEST', { username: ['这个账号已关联另一名党员'] });
          return input;
        },
      },
    );
    expect(text('member-account')).toBe('未关联');
    click('member-link-account');
    await until(() => byTestId('member-account-username') !== null, 'the dialog');
    // Nothing typed, nothing linked: the field asks for a username.
    click('member-account-save');
    await settle(20);
    expect(called(drawn, 'members.registry.linkAccount')).toEqual([]);
    typeInto('member-account-username', ' zhangsan ');
    click('member-account-save');
    await until(() => document.body.textContent?.includes('这个账号已关联另一名党员') === true, 'the refusal');
    taken = false;
    click('member-account-save');
    await until(() => called(drawn, 'members.registry.linkAccount').length === 2, 'the link');
    expect(called(drawn, 'members.registry.linkAccount')[1]?.input).toEqual({ id: 3, username: 'zhangsan' });
  });

  it('shows a linked account, and unlinks it when saved with the field cleared', async () => {
    const drawn = await openProfile(
      { 'members.edit': [branch] },
      { 'members.registry.linkAccount': (input) => input },
      { ...member, accountLinked: true, account: { id: 9, username: 'zhangsan', displayName: '张建国' } },
    );
    expect(text('member-account')).toBe('zhangsan（张建国）');
    click('member-link-account');
    await until(() => byTestId('member-account-username') !== null, 'the dialog');
    typeInto('member-account-username', '');
    click('member-account-save');
    await until(() => called(drawn, 'members.registry.linkAccount').length === 1, 'the unlink');
    expect(called(drawn, 'members.registry.linkAccount')[0]?.input).toEqual({ id: 3, username: null });
  });

  it('offers a member who left the note alone, and no status change', async () => {
    await openProfile({ 'members.edit': [branch] }, {}, { ...member, status: 'deceased', leftOn: '2026-01-10' });
    expect(byTestId('member-change-status')).toBeNull();
    click('member-edit');
    await until(() => byTestId('member-edit-note') !== null, 'the dialog');
    expect(byTestId('member-edit-name')).toBeNull();
  });

  it('shows the not-found page for a member the server does not find', async () => {
    await openProfile(
      {},
      {
        'members.registry.get': () => {
          throw refusal('党员不存在或不在您的管理范围内', 'NOT_FOUND');
        },
      },
    );
    expect(byTestId('member-not-found')).not.toBeNull();
  });
});
