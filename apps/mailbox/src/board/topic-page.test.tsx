// @vitest-environment happy-dom
// A topic's page states the working days its unit was given and the day the answer is due, with where it stands; its
// reply box guards what was typed as every form of the console does: leaving asks (keep editing keeps the text,
// discarding leaves), a reply sent leaves without asking, a refused one still asks, an untouched box never does.
import { formatCalendarDay } from '@strata/i18n/days';
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, refusal, renderWithApi, typeInto, until } from '../testing/render-with-api';
import type { Topic } from './board-list-spec';
import { TopicPage } from './topic-page';

const unitId = 7;
const topic: Topic = {
  id: 31,
  unitId,
  unitName: '城关一支部',
  title: '活动室周末开放',
  authorName: '张党员',
  createdAt: '2026-03-02T02:00:00.000Z',
  lastPostAt: '2026-03-02T02:00:00.000Z',
  replies: 0,
  answerDays: 5,
  answerDueDate: '2026-03-09',
  answerDueAt: '2026-03-09T16:00:00.000Z',
  answeredAt: null,
  answer: 'dueSoon',
  pinned: false,
  closed: false,
  held: false,
  hidden: false,
  body: '建议周末开放活动室。',
  answerDueSoonAt: '2026-03-08T16:00:00.000Z',
  mine: false,
  posts: [],
  actions: { reply: true, moderate: false },
};

// The question's dialog loads when one first opens: loaded once here, so no test waits on it.
beforeAll(() => import('antd/es/modal'), 60_000);

/** The page the test drew last (each is taken down after its test). */
let drawn: ReturnType<typeof renderWithApi> | undefined;

async function open(answers: Partial<Answers> = {}, shown: Topic = topic, language?: 'en-US') {
  drawn = renderWithApi(<TopicPage basePath="/mailbox" />, {
    answers: { 'mailbox.board.get': () => shown, ...answers } as Answers,
    at: `/mailbox/board/${shown.id}`,
    route: '/mailbox/board/:id',
    access: accessOf({ 'mailbox.post': [unitId] }, unitId),
    ...(language && { language }),
  });
  await until(() => byTestId('board-topic') !== null);
  return drawn;
}

const typeReply = (text: string) => typeInto('board-reply-body', text);

/** The console's menu (or any link) taking the user to another page. */
async function leave() {
  act(() => drawn?.history.push('/mailbox/letters'));
  await settle(20);
}

const discardQuestion = () => document.querySelector('.ant-modal-confirm');

/** Answers the newest question (one answered before may still be fading out). */
async function answerQuestion(answer: 'keep' | 'discard') {
  const label = answer === 'discard' ? '放弃修改' : '继续编辑';
  const button = [...document.querySelectorAll<HTMLButtonElement>('.ant-modal-confirm-btns button')]
    .filter((b) => b.textContent?.replace(/\s/g, '') === label)
    .at(-1);
  if (!button) throw new Error(`no ${answer} button`);
  act(() => button.click());
  await settle(400);
}

describe('the topic’s deadline', { timeout: 20_000 }, () => {
  it('states the working days the unit was given, the day the answer is due and where it stands', async () => {
    await open();
    const text = byTestId('board-topic')?.textContent ?? '';
    expect(text).toContain('答复时限5 个工作日');
    expect(text).toContain(`答复期限${formatCalendarDay('2026-03-09', 'zh-CN')}`);
    expect(byTestId('board-answer-tag')?.dataset.state).toBe('dueSoon');
    expect(byTestId('board-answer-tag')?.className).toContain('ant-tag-orange');
  });

  it('reads the topic’s own days, in English too', async () => {
    await open({}, { ...topic, answerDays: 1, answer: 'overdue' }, 'en-US');
    expect(byTestId('board-topic')?.textContent).toContain('Time to answer1 working day');
    expect(byTestId('board-answer-tag')?.textContent).toBe('Overdue, unanswered');
  });
});

describe('the reply box', { timeout: 20_000 }, () => {
  it('leaves an untouched box without asking', async () => {
    await open();
    await leave();
    expect(discardQuestion()).toBeNull();
    expect(drawn?.path()).toBe('/mailbox/letters');
  });

  it('asks before leaving what was typed: keeping on editing keeps it, discarding leaves', async () => {
    await open();
    typeReply('我也赞成周末开放');
    await leave();
    expect(discardQuestion()?.textContent).toContain('放弃未保存的修改？');
    await answerQuestion('keep');
    expect(drawn?.path()).toBe('/mailbox/board/31');
    expect(byTestId<HTMLTextAreaElement>('board-reply-body')?.value).toBe('我也赞成周末开放');
    await leave();
    await answerQuestion('discard');
    expect(drawn?.path()).toBe('/mailbox/letters');
  });

  it('leaves without asking once the reply is sent', async () => {
    const sent: unknown[] = [];
    await open({
      'mailbox.board.reply': (input) => {
        sent.push(input);
        return { id: 90, held: false };
      },
    });
    typeReply('  我也赞成周末开放  ');
    act(() => byTestId('board-reply-send')?.click());
    await until(() => byTestId<HTMLTextAreaElement>('board-reply-body')?.value === '');
    expect(sent).toEqual([{ id: 31, body: '我也赞成周末开放' }]);
    expect(byTestId<HTMLTextAreaElement>('board-reply-body')?.value).toBe('');
    await leave();
    expect(discardQuestion()).toBeNull();
    expect(drawn?.path()).toBe('/mailbox/letters');
  });

  it('still asks when the reply was refused, the reason on the box', async () => {
    await open({
      'mailbox.board.reply': () => {
        throw refusal('含有不能发表的词语：议事禁词', 'BAD_REQUEST', { body: ['含有不能发表的词语：议事禁词'] });
      },
    });
    typeReply('议事禁词');
    act(() => byTestId('board-reply-send')?.click());
    await until(() => byTestId('board-reply-form')?.textContent?.includes('不能发表的词语') ?? false);
    expect(byTestId('board-reply-form')?.textContent).toContain('含有不能发表的词语：议事禁词');
    await leave();
    expect(discardQuestion()).not.toBeNull();
    expect(drawn?.path()).toBe('/mailbox/board/31');
  });
});
