// @vitest-environment happy-dom
// The board's list as the letter queue's: each topic's answer deadline with its tag and the working days its unit was
// given. The new-topic dialog guards what was typed as every dialog of the console does: closing it or leaving the
// page asks first, a topic posted opens without asking, a refused one stays open with the reason on its field.
import { formatCalendarDay } from '@strata/i18n/days';
import { exportMatrix } from '@strata/ui/list-page';
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
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
import { topicExportColumns } from './board-columns';
import { BoardListPage } from './board-list-page';
import type { TopicRow } from './board-list-spec';

const unitId = 7;
const row = (id: number, fields: Partial<TopicRow>): TopicRow => ({
  id,
  unitId,
  unitName: '城关一支部',
  title: `议题 ${id}`,
  authorName: '张党员',
  createdAt: '2026-03-02T02:00:00.000Z',
  lastPostAt: '2026-03-02T02:00:00.000Z',
  replies: 0,
  answerDays: 3,
  answerDueDate: '2026-03-05',
  answerDueAt: '2026-03-05T16:00:00.000Z',
  answeredAt: null,
  answer: 'onTime',
  pinned: false,
  closed: false,
  held: false,
  hidden: false,
  ...fields,
});
const topics = [
  row(1, { answer: 'dueSoon', answerDays: 3, answerDueDate: '2026-03-05' }),
  row(2, { answer: 'overdue', answerDays: 5, answerDueDate: '2026-02-27' }),
];
const units = [{ id: unitId, parentId: null, name: '城关一支部', path: '/1/2/7/', depth: 2, archivedAt: null }];

beforeAll(loadDialogs, 60_000);

/** The page the test drew last (each is taken down after its test). */
let drawn: ReturnType<typeof renderWithApi> | undefined;

async function openBoard(answers: Answers = {}) {
  drawn = renderWithApi(<BoardListPage basePath="/mailbox" unitId={unitId} />, {
    answers: {
      'mailbox.board.list': () => ({ items: topics, total: topics.length, totalIsBound: false }),
      'identity.units.tree': () => units,
      ...answers,
    },
    at: '/mailbox/board',
    route: '/mailbox/board',
    access: accessOf({ 'mailbox.post': [unitId] }, unitId),
  });
  await until(() => byTestId('board-due-2') !== null, 'the list');
}

async function writeTopic() {
  act(() => byTestId('board-create')?.click());
  await until(() => byTestId('board-topic-title') !== null, 'the dialog');
  typeInto('board-topic-title', '活动室周末开放');
  typeInto('board-topic-body', '建议周末开放活动室。');
}

const question = () => [...document.querySelectorAll('.ant-modal-confirm')].at(-1) ?? null;
/** The newest question's button reading `label` (one answered before may still be fading out). */
async function answerQuestion(label: '继续编辑' | '放弃修改') {
  const button = [...document.querySelectorAll<HTMLButtonElement>('.ant-modal-confirm-btns button')]
    .filter((b) => b.textContent?.replace(/\s/g, '') === label)
    .at(-1);
  if (!button) throw new Error(`no ${label} button`);
  act(() => button.click());
  await settle(50);
}
/** The new-topic dialog, unless it is closing (happy-dom runs no animation, so a closed one stays, leaving). */
const dialogOpen = () =>
  document.querySelector('.ant-modal:not(.ant-modal-confirm):not(.ant-zoom-leave) [data-testid="board-topic-form"]');

describe('the board list', { timeout: 20_000 }, () => {
  it('shows each topic’s answer deadline with its tag and the working days its unit was given', async () => {
    await openBoard();
    const due = (id: number) => byTestId(`board-due-${id}`);
    expect(due(1)?.textContent).toBe(`${formatCalendarDay('2026-03-05', 'zh-CN')}即将到期3 个工作日内答复`);
    expect(due(2)?.textContent).toBe(`${formatCalendarDay('2026-02-27', 'zh-CN')}超期未答复5 个工作日内答复`);
    expect(due(1)?.querySelector('.ant-tag')?.className).toContain('ant-tag-orange');
    expect(due(2)?.querySelector('.ant-tag')?.className).toContain('ant-tag-red');
    expect(byTestId('board-export')).not.toBeNull();
  });

  it('offers the caller’s own topics: “我发起的” asks the list for mine and keeps it in the URL', async () => {
    await openBoard();
    // antd puts the test id on the checkbox's input.
    const mine = () => byTestId<HTMLInputElement>('board-mine');
    expect(mine()?.checked).toBe(false);
    const listed = () => drawn?.calls.filter((c) => c.path === 'mailbox.board.list').map((c) => c.input) ?? [];
    expect(listed().at(-1)).not.toHaveProperty('author');
    act(() => mine()?.click());
    await until(() => listed().some((i) => (i as { author?: string }).author === 'me'), 'the list of mine');
    expect(listed().at(-1)).toMatchObject({ unitId, state: 'all', author: 'me' });
    expect(drawn?.history.location.search).toBe('?author=me');
    expect(mine()?.checked).toBe(true);
  });

  it('exports what it shows, in words, in both languages', () => {
    const exported = [row(3, { pinned: true, held: true, answer: 'answeredLate', answerDays: 4 }), ...topics];
    const read = (language: 'zh-CN' | 'en-US') => {
      const { header, body } = exportMatrix(topicExportColumns(testI18n(language).t, language), exported);
      return body.map((cells) => Object.fromEntries(header.map((title, i) => [title, cells[i]])));
    };
    expect(read('zh-CN')[0]).toMatchObject({
      主题: '议题 3',
      标记: '置顶、待审核',
      '答复时限（工作日）': 4,
      答复期限: '2026-03-05',
      答复情况: '超期答复',
    });
    expect(read('zh-CN').map((r) => r.答复情况)).toEqual(['超期答复', '即将到期', '超期未答复']);
    expect(read('en-US')[2]).toMatchObject({
      Flags: '',
      'Working days to answer': 5,
      'Answer due': '2026-02-27',
      Answer: 'Overdue, unanswered',
    });
  });
});

describe('the new-topic dialog', { timeout: 20_000 }, () => {
  it('posts the topic and opens it, without asking about what was just saved', async () => {
    const made: unknown[] = [];
    await openBoard({
      'mailbox.board.create': (input) => {
        made.push(input);
        return { id: 42, held: false };
      },
    });
    await writeTopic();
    act(() => byTestId('board-topic-save')?.click());
    await until(() => drawn?.path() === '/mailbox/board/42' || question() !== null, 'the posted topic');
    expect(made).toEqual([{ unitId, title: '活动室周末开放', body: '建议周末开放活动室。' }]);
    expect(question()).toBeNull();
    expect(drawn?.path()).toBe('/mailbox/board/42');
  });

  it('asks before closing with something typed: keeping on editing keeps it, discarding closes', async () => {
    await openBoard();
    await writeTopic();
    const cancel = [...document.querySelectorAll<HTMLButtonElement>('.ant-modal-footer button')].find(
      (b) => b.textContent?.replace(/\s/g, '') === '取消',
    );
    act(() => cancel?.click());
    await until(() => question() !== null, 'the question');
    await answerQuestion('继续编辑');
    expect(dialogOpen()).not.toBeNull();
    expect(byTestId<HTMLInputElement>('board-topic-title')?.value).toBe('活动室周末开放');
    act(() => cancel?.click());
    await until(() => document.querySelectorAll('.ant-modal-confirm').length > 1, 'the second question');
    await answerQuestion('放弃修改');
    await until(() => dialogOpen() === null, 'the dialog closing');
  });

  it('asks before the page is left with something typed in it', async () => {
    await openBoard();
    await writeTopic();
    act(() => drawn?.history.push('/mailbox/letters'));
    await until(() => question() !== null, 'the question');
    expect(drawn?.path()).toBe('/mailbox/board');
    await answerQuestion('放弃修改');
    await until(() => drawn?.path() === '/mailbox/letters', 'leaving');
  });

  it('stays open when the topic is refused, the reason on its field', async () => {
    await openBoard({
      'mailbox.board.create': () => {
        throw refusal('含有不能发表的词语：议事禁词', 'BAD_REQUEST', { body: ['含有不能发表的词语：议事禁词'] });
      },
    });
    await writeTopic();
    act(() => byTestId('board-topic-save')?.click());
    await until(() => byTestId('board-topic-form')?.textContent?.includes('议事禁词') ?? false, 'the refusal');
    expect(dialogOpen()).not.toBeNull();
    expect(drawn?.path()).toBe('/mailbox/board');
  });
});
