// @vitest-environment happy-dom
// The deadline's tag: where a letter stands against its deadline, coloured as a handler scans a queue (orange due
// soon, red overdue), in both languages; nothing for a letter that runs against no deadline.
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../testing/render';
import type { DeadlineState } from './api-types';
import { DeadlineTag, EscalatedTag, ExtensionTag } from './letter-tags';

let drawn: ReturnType<typeof render> | undefined;
afterEach(() => drawn?.unmount());

const tag = (state: DeadlineState, language: 'zh-CN' | 'en-US' = 'zh-CN') => {
  drawn?.unmount();
  drawn = render(<DeadlineTag state={state} />, { language });
  return drawn.container.querySelector<HTMLElement>('[data-testid="deadline-tag"]');
};

describe('the deadline tag', () => {
  it.each([
    ['onTime', '正常', 'On time', 'blue'],
    ['dueSoon', '即将到期', 'Due soon', 'orange'],
    ['overdue', '已超期', 'Overdue', 'red'],
    ['answeredOnTime', '按期答复', 'Answered on time', 'green'],
    ['answeredLate', '超期答复', 'Answered late', 'gold'],
  ] as const)('%s reads %s / %s, in %s', (state, zh, en, color) => {
    const zhTag = tag(state);
    expect(zhTag?.textContent).toBe(zh);
    expect(zhTag?.className).toContain(`ant-tag-${color}`);
    expect(zhTag?.dataset.state).toBe(state);
    expect(tag(state, 'en-US')?.textContent).toBe(en);
  });

  it('draws nothing for a letter without a running deadline (rejected)', () => {
    drawn = render(<DeadlineTag state="none" />);
    expect(drawn.container.querySelector('.ant-tag')).toBeNull();
    expect(drawn.container.textContent).toBe('');
  });
});

describe('the escalation and extension tags', () => {
  it('marks an escalated letter with the unit it went to, in both languages', () => {
    drawn = render(<EscalatedTag unitName="城关镇" />);
    expect(drawn.container.querySelector('[data-testid="escalated-tag"]')?.textContent).toBe('已上报城关镇督办');
    drawn.unmount();
    drawn = render(<EscalatedTag unitName="Chengguan" />, { language: 'en-US' });
    expect(drawn.container.querySelector('[data-testid="escalated-tag"]')?.textContent).toBe('Escalated to Chengguan');
  });

  it('shows an extension only once one was asked', () => {
    drawn = render(
      <>
        <ExtensionTag state="none" />
        <ExtensionTag state="pending" />
      </>,
    );
    const tags = drawn.container.querySelectorAll('[data-testid="extension-tag"]');
    expect([...tags].map((t) => t.textContent)).toEqual(['延期审批中']);
  });
});
