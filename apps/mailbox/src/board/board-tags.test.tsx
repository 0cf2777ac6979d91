// @vitest-environment happy-dom
// The board's tags in both languages (orange due soon, red overdue, as in the letter queue), its flags, and post
// text shown as the characters typed: markup in a post never becomes an element.
import { afterEach, describe, expect, it } from 'vitest';
import { plainText } from '../common/plain-text';
import { render } from '../testing/render';
import { AnswerTag, TopicFlags } from './board-tags';

let drawn: ReturnType<typeof render> | undefined;
afterEach(() => drawn?.unmount());

describe('the answer tag', () => {
  it.each([
    ['onTime', '待答复', 'Awaiting answer', 'blue'],
    ['dueSoon', '即将到期', 'Due soon', 'orange'],
    ['overdue', '超期未答复', 'Overdue, unanswered', 'red'],
    ['answeredOnTime', '已答复', 'Answered', 'green'],
    ['answeredLate', '超期答复', 'Answered late', 'gold'],
  ] as const)('%s reads %s / %s, in %s', (state, zh, en, color) => {
    drawn = render(<AnswerTag state={state} />);
    const tag = drawn.container.querySelector<HTMLElement>('[data-testid="board-answer-tag"]');
    expect(tag?.textContent).toBe(zh);
    expect(tag?.className).toContain(`ant-tag-${color}`);
    drawn.unmount();
    drawn = render(<AnswerTag state={state} />, { language: 'en-US' });
    expect(drawn.container.textContent).toBe(en);
  });
});

describe('the flags and the text', () => {
  it('draws a tag per flag that applies', () => {
    drawn = render(<TopicFlags row={{ pinned: true, closed: false, held: true, hidden: false }} />);
    const tags = [...drawn.container.querySelectorAll('.ant-tag')].map((t) => t.textContent);
    expect(tags).toEqual(['置顶', '待审核']);
  });

  it('shows markup in a post as text, line breaks kept', () => {
    drawn = render(plainText('<img src=x onerror=alert(1)><b>粗体</b>\n第二行'));
    expect(drawn.container.querySelector('img, b')).toBeNull();
    expect(drawn.container.textContent).toBe('<img src=x onerror=alert(1)><b>粗体</b>\n第二行');
  });
});
