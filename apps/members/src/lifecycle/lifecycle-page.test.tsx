// @vitest-environment happy-dom
// The development pipeline against a mocked API: the stages' counts from the server, the people at a stage from the
// registry with what the pipeline says is due for them, the filters in the URL and in the queries, the due lists as
// the server sent them; the steps offered only where the user may edit the member's unit, each sending what the form
// says and showing the server's refusal on its field; both languages.
import type { MemberStage } from '@strata/contract';
import { calendarDay } from '@strata/i18n/days';
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DueMember, MemberListInput, MemberRow, Pipeline } from '../common/api-types';
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
import { LifecyclePage } from './lifecycle-page';

beforeAll(loadDialogs, 60_000);

const branch = firstBranch;
const otherBranch = secondBranch;

/** A registry row of the pipeline's people: born 1990, on probation from 2025-11-20 and full from 2026-11-21. */
const row = (id: number, name: string, stage: MemberStage, change: Partial<MemberRow> = {}) =>
  memberRow(id, name, stage, {
    birthDate: '1990-05-12',
    probationaryOn: stage === 'probationary' || stage === 'full' ? '2025-11-20' : null,
    fullOn: stage === 'full' ? '2026-11-21' : null,
    ...change,
  });

const due = (id: number, name: string, stage: MemberStage, since: string, dueOn: string, daysLeft: number) =>
  ({ id, name, unitId: branch, unitName: '城关一支部', stage, since, dueOn, daysLeft }) satisfies DueMember;

const pipeline: Pipeline = {
  unitId: township,
  asOf: '2026-12-02',
  stages: { applicant: 3, activist: 5, candidate: 2, probationary: 4, full: 31 },
  activistsDue: { items: [due(4, '李红', 'activist', '2025-10-01', '2026-10-01', -62)], total: 1 },
  conversionsDue: { items: [due(5, '王强', 'probationary', '2025-12-10', '2026-12-10', 8)], total: 1 },
  conversionsOverdue: { items: [due(6, '赵敏', 'probationary', '2025-11-20', '2026-11-20', -12)], total: 1 },
  applicantsWaiting: { items: [], total: 0 },
};

const roster = [
  row(4, '李红', 'activist', { gender: 'female' }),
  row(5, '王强', 'probationary', { probationaryOn: '2025-12-10' }),
  row(9, '孙丽', 'candidate', {
    unitId: otherBranch,
    unitName: '城关二支部',
    gender: 'female',
    candidateOn: '2026-03-15',
  }),
  row(10, '赵敏', 'applicant', { gender: 'female' }),
];

type Drawn = ReturnType<typeof renderWithApi>;

async function openPipeline(
  at: string,
  {
    answers = {},
    allowed = {},
    language,
  }: { answers?: Answers; allowed?: Record<string, number[]>; language?: 'zh-CN' | 'en-US' } = {},
) {
  const drawn = renderWithApi(<LifecyclePage basePath="/members" unitId={township} />, {
    answers: {
      'members.lifecycle.pipeline': () => pipeline,
      'members.registry.list': () => ({ items: roster, total: roster.length, totalIsBound: false }),
      'identity.units.tree': () => testUnits,
      ...answers,
    },
    at,
    route: '/members/lifecycle',
    access: accessOf({ 'members.read': [township, branch, otherBranch], ...allowed }, township),
    ...(language && { language }),
  });
  await until(() => byTestId('lifecycle-count-full')?.textContent === '31', 'the counts');
  return drawn;
}

const callsOf = (drawn: Drawn, path: string) => drawn.calls.filter((c) => c.path === path).map((c) => c.input);
const listCalls = (drawn: Drawn) => callsOf(drawn, 'members.registry.list') as MemberListInput[];
const search = () => new URLSearchParams(window.location.search);
const click = (testId: string) => act(() => byTestId(testId)?.click());
const text = (testId: string) => byTestId(testId)?.textContent ?? null;
const today = () => calendarDay(new Date());

/** Opens the row's menu of steps and picks one. */
async function act_(action: string, id: number) {
  act(() => byTestId(`lifecycle-actions-${id}`)?.click());
  await until(() => byTestId(`lifecycle-${action}-${id}`) !== null, 'the menu');
  act(() => byTestId(`lifecycle-${action}-${id}`)?.click());
  await settle(10);
}

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

/** The errors antd shows under the form item holding `testId` (the last one the latest: one leaving stays a while). */
const fieldError = (testId: string) =>
  [...(byTestId(testId)?.closest('.ant-form-item')?.querySelectorAll('.ant-form-item-explain-error') ?? [])].at(-1)
    ?.textContent ?? null;

describe('the development pipeline', { timeout: 20_000 }, () => {
  it('counts each stage as the server does and lists the people at it with what is due', async () => {
    const drawn = await openPipeline('/members/lifecycle');
    expect(callsOf(drawn, 'members.lifecycle.pipeline')[0]).toEqual({ unitId: township });
    expect(text('lifecycle-count-applicant')).toBe('3');
    expect(text('lifecycle-count-probationary')).toBe('4');
    expect(text('lifecycle-count-all')).toBe('45');
    // Due: the activist whose year is over and both probationary members.
    expect(byTestId('lifecycle-due-probationary')?.textContent).toContain('2');
    expect(byTestId('lifecycle-due-activist')?.textContent).toContain('1');
    await until(() => byTestId('lifecycle-member-9') !== null, 'the rows');
    expect(listCalls(drawn)[0]).toEqual({
      unitId: township,
      status: 'current',
      sort: 'name',
      order: 'asc',
      page: 1,
      pageSize: 20,
    });
    expect(byTestId('lifecycle-member-4')?.getAttribute('href')).toBe('/members/registry/4');
    expect(byTestId('lifecycle-due-4')?.getAttribute('data-kind')).toBe('candidacyDue');
    expect(text('lifecycle-due-4')).toContain('可列为发展对象');
    expect(text('lifecycle-since-4')).toContain('2025');
    expect(byTestId('lifecycle-due-5')?.getAttribute('data-kind')).toBe('conversionDue');
    expect(text('lifecycle-due-5')).toContain('还有 8 天');
    // Off the due lists, the day comes from the registry row: the stage's own day, or none where it lacks it.
    expect(text('lifecycle-since-9')).toContain('2026');
    expect(text('lifecycle-since-10')).toBe('—');
    expect(text('lifecycle-as-of')).toContain('2026');
    // Personal data stays out of the page altogether.
    expect(document.body.textContent).not.toContain('138****5678');
    // Without members.edit anywhere, no steps.
    expect(byTestId('lifecycle-actions-4')).toBeNull();
    expect(byTestId('lifecycle-actions-9')).toBeNull();
  });

  it('keeps the stage, the unit and the due filter in the URL and in the queries', async () => {
    const drawn = await openPipeline(`/members/lifecycle?unitId=${branch}`);
    expect(callsOf(drawn, 'members.lifecycle.pipeline')[0]).toEqual({ unitId: branch });
    expect(listCalls(drawn)[0]).toMatchObject({ unitId: branch });
    act(() => byTestId('lifecycle-tab-activist')?.click());
    await until(() => search().get('stage') === 'activist', 'the stage in the URL');
    await until(() => listCalls(drawn).some((c) => c.stage === 'activist'), 'the stage in the query');
    expect(listCalls(drawn).at(-1)).toMatchObject({ unitId: branch, stage: 'activist', page: 1 });
    expect(search().get('unitId')).toBe(String(branch));
    // Only those overdue: the pipeline's lists, the stage kept.
    await choose('lifecycle-filter-due', '仅逾期');
    click('lifecycle-search-submit');
    await until(() => search().get('due') === 'overdue', 'the due filter in the URL');
    expect(search().get('stage')).toBe('activist');
    // No activist is overdue: the list says nothing matched.
    await until(() => byTestId('lifecycle-empty') !== null, 'the empty list');
    expect(byTestId('lifecycle-member-4')).toBeNull();
  });

  it('lists those due as the pipeline sent them, overdue alone when asked', async () => {
    const drawn = await openPipeline('/members/lifecycle?stage=probationary&due=overdue');
    await until(() => byTestId('lifecycle-member-6') !== null, 'the overdue list');
    expect(byTestId('lifecycle-member-5')).toBeNull();
    expect(byTestId('lifecycle-due-6')?.getAttribute('data-kind')).toBe('conversionOverdue');
    expect(text('lifecycle-due-6')).toContain('已过 12 天');
    expect(text('lifecycle-since-6')).toContain('2025');
    // The everyone list is not asked for while the due lists are shown.
    expect(listCalls(drawn)).toEqual([]);
  });

  it('says when the server sent only the most urgent of a longer list', async () => {
    const long = { ...pipeline, conversionsOverdue: { ...pipeline.conversionsOverdue, total: 73 } };
    await openPipeline('/members/lifecycle?due=overdue', {
      answers: { 'members.lifecycle.pipeline': () => long },
    });
    await until(() => byTestId('lifecycle-most-urgent') !== null, 'the note');
    expect(text('lifecycle-most-urgent')).toContain('73');
  });

  it('shows the empty state when the subtree holds nobody', async () => {
    const empty = {
      ...pipeline,
      stages: { applicant: 0, activist: 0, candidate: 0, probationary: 0, full: 31 },
      activistsDue: { items: [], total: 0 },
      conversionsDue: { items: [], total: 0 },
      conversionsOverdue: { items: [], total: 0 },
    };
    await openPipeline('/members/lifecycle', {
      answers: {
        'members.lifecycle.pipeline': () => empty,
        'members.registry.list': () => ({ items: [], total: 0, totalIsBound: false }),
      },
    });
    await until(() => byTestId('lifecycle-empty') !== null, 'the empty state');
    expect(text('lifecycle-empty')).toContain('没有在册的入党申请人和党员');
  });

  it('offers the steps only where the user may edit the member’s unit', async () => {
    await openPipeline('/members/lifecycle', { allowed: { 'members.edit': [branch] } });
    await until(() => byTestId('lifecycle-actions-4') !== null, 'the steps');
    expect(byTestId('lifecycle-actions-9')).toBeNull();
    act(() => byTestId('lifecycle-actions-5')?.click());
    await until(() => byTestId('lifecycle-advance-5') !== null, 'the menu');
    expect(text('lifecycle-advance-5')).toBe('转为正式党员');
    expect(byTestId('lifecycle-extend-5')).not.toBeNull();
    expect(text('lifecycle-cancel-5')).toBe('取消预备党员资格');
  });

  it('advances a member on the day given and shows the server’s refusal on the day', async () => {
    const advanced: unknown[] = [];
    const drawn = await openPipeline('/members/lifecycle', {
      allowed: { 'members.edit': [branch] },
      answers: {
        'members.lifecycle.advance': (input) => {
          advanced.push(input);
          throw refusal('入党积极分子须经过 12 个月以上的培养考察才能列为发展对象，最早 2026-10-01', 'BAD_REQUEST', {
            on: ['入党积极分子须经过 12 个月以上的培养考察才能列为发展对象，最早 2026-10-01'],
          });
        },
      },
    });
    await until(() => byTestId('lifecycle-actions-4') !== null, 'the steps');
    await act_('advance', 4);
    await until(() => byTestId('lifecycle-advance-candidateOn') !== null, 'the form');
    expect(byTestId<HTMLInputElement>('lifecycle-advance-candidateOn')?.value).toBe(today());
    typeInto('lifecycle-advance-note', '支部委员会会议');
    click('lifecycle-advance-save');
    await until(() => advanced.length > 0, 'the step sent');
    expect(advanced[0]).toEqual({ id: 4, to: 'candidate', on: today(), note: '支部委员会会议' });
    await until(() => fieldError('lifecycle-advance-candidateOn') !== null, 'the refusal on the day');
    expect(fieldError('lifecycle-advance-candidateOn')).toContain('最早 2026-10-01');
    expect(callsOf(drawn, 'members.lifecycle.advance')).toHaveLength(1);
  });

  it('assigns two sponsors and shows the server’s refusal on them', async () => {
    const sponsors = [row(21, '周明', 'full'), row(22, '吴芳', 'full', { gender: 'female' }), row(4, '李红', 'full')];
    const assigned: unknown[] = [];
    const drawn = await openPipeline('/members/lifecycle', {
      allowed: { 'members.edit': [branch] },
      answers: {
        'members.registry.list': (input) =>
          (input as MemberListInput).stage === 'full'
            ? { items: sponsors, total: sponsors.length, totalIsBound: false }
            : { items: roster, total: roster.length, totalIsBound: false },
        'members.lifecycle.assignSponsors': (input) => {
          assigned.push(input);
          throw refusal('培养联系人和入党介绍人须是本支部在册的正式党员', 'BAD_REQUEST', {
            sponsorIds: ['培养联系人和入党介绍人须是本支部在册的正式党员'],
          });
        },
      },
    });
    await until(() => byTestId('lifecycle-actions-4') !== null, 'the steps');
    await act_('sponsors', 4);
    await until(() => byTestId('lifecycle-sponsors-sponsorIds') !== null, 'the form');
    await until(() => callsOf(drawn, 'members.registry.list').some((c) => (c as MemberListInput).stage === 'full'));
    expect(listCalls(drawn).find((c) => c.stage === 'full')).toMatchObject({ unitId: branch, status: 'active' });
    const select = byTestId('lifecycle-sponsors-sponsorIds') as HTMLElement;
    act(() => {
      (select.querySelector('input') ?? select).dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    });
    await until(() => document.querySelectorAll('.ant-select-item-option').length > 0, 'the options');
    const options = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')];
    // The member themself is not offered.
    expect(options.map((o) => o.textContent)).toEqual(['周明（男，1990 年生）', '吴芳（女，1990 年生）']);
    for (const option of options) {
      act(() => option.click());
      await settle(10);
    }
    click('lifecycle-sponsors-save');
    await until(() => assigned.length > 0, 'the sponsors sent');
    expect(assigned[0]).toEqual({ id: 4, role: 'mentor', sponsorIds: [21, 22] });
    await until(
      () => fieldError('lifecycle-sponsors-sponsorIds') === '培养联系人和入党介绍人须是本支部在册的正式党员',
      'the refusal on the sponsors',
    );
    expect(fieldError('lifecycle-sponsors-sponsorIds')).toBe('培养联系人和入党介绍人须是本支部在册的正式党员');
  });

  it('asks before cancelling a candidacy, then sends it and reads the pipeline again', async () => {
    const cancelled: unknown[] = [];
    const drawn = await openPipeline('/members/lifecycle', {
      allowed: { 'members.edit': [branch] },
      answers: {
        'members.lifecycle.cancelCandidacy': (input) => {
          cancelled.push(input);
          return { id: 4 };
        },
      },
    });
    await until(() => byTestId('lifecycle-actions-4') !== null, 'the steps');
    const before = callsOf(drawn, 'members.lifecycle.pipeline').length;
    await act_('cancel', 4);
    await until(() => byTestId('lifecycle-cancel-reason') !== null, 'the form');
    // Without a reason nothing is sent.
    click('lifecycle-cancel-next');
    await until(() => fieldError('lifecycle-cancel-reason') !== null, 'the missing reason');
    typeInto('lifecycle-cancel-reason', '本人申请');
    click('lifecycle-cancel-next');
    await until(() => byTestId('lifecycle-cancel-confirm') !== null, 'the confirmation');
    expect(cancelled).toEqual([]);
    click('lifecycle-cancel-confirm');
    await until(() => cancelled.length > 0, 'the cancellation sent');
    expect(cancelled[0]).toEqual({ id: 4, on: today(), reason: '本人申请' });
    await until(() => callsOf(drawn, 'members.lifecycle.pipeline').length > before, 'the pipeline read again');
  });

  it('speaks English', async () => {
    await openPipeline('/members/lifecycle', { language: 'en-US', allowed: { 'members.edit': [branch] } });
    await until(() => byTestId('lifecycle-member-5') !== null, 'the rows');
    expect(text('lifecycle-tab-candidate')).toContain('Development candidate');
    expect(text('lifecycle-due-5')).toContain('in 8 days');
    expect(text('lifecycle-actions-4')).toContain('Act');
    expect(document.body.textContent).toContain('Development pipeline');
  });
});
