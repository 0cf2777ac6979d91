// The board's rules without a database: a topic's answer state at the edges of its instants, what the words say
// about a post (block refuses and names every blocked word on the first field holding one; warn holds).
import { describe, expect, it } from 'vitest';
import { answerState, screenPost } from './board-rules';

const dueSoonAt = new Date('2026-02-23T16:00:00Z');
const answerDueAt = new Date('2026-02-25T16:00:00Z');
const at = (iso: string) => new Date(iso);

describe('a topic against its answer deadline', () => {
  it('is on time, due soon from its due-soon instant, overdue from its due instant', () => {
    const open = { answerDueAt, answerDueSoonAt: dueSoonAt, answeredAt: null };
    expect(answerState(open, at('2026-02-23T15:59:59Z'))).toBe('onTime');
    expect(answerState(open, dueSoonAt)).toBe('dueSoon');
    expect(answerState(open, at('2026-02-25T15:59:59Z'))).toBe('dueSoon');
    expect(answerState(open, answerDueAt)).toBe('overdue');
  });

  it('stops at the answer, whatever the clock says later', () => {
    const onTime = { answerDueAt, answerDueSoonAt: dueSoonAt, answeredAt: at('2026-02-25T15:59:59Z') };
    const late = { answerDueAt, answerDueSoonAt: dueSoonAt, answeredAt: answerDueAt };
    expect(answerState(onTime, at('2027-01-01T00:00:00Z'))).toBe('answeredOnTime');
    expect(answerState(late, at('2027-01-01T00:00:00Z'))).toBe('answeredLate');
  });
});

describe('screening a post', () => {
  const words = [
    { word: '赌博', level: 'block' as const },
    { word: '传销', level: 'block' as const },
    { word: '内部资料', level: 'warn' as const },
  ];

  it('passes clean text, and holds text with a warn word', () => {
    expect(screenPost(words, { title: '活动安排', body: '周六上午' })).toEqual({ held: false });
    expect(screenPost(words, { title: '活动安排', body: '内部资料请勿外传' })).toEqual({ held: true });
    expect(screenPost([], { body: '赌博' })).toEqual({ held: false });
  });

  it('refuses a block word on the first field that holds one, naming every blocked word once', () => {
    expect(() => screenPost(words, { title: '关于传销', body: '赌博和传销，内部资料' })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', field: 'title', vars: { words: '传销、赌博' } }),
    );
  });
});
