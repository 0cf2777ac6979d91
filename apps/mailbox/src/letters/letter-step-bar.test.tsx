// @vitest-environment happy-dom
// The letter's steps as the server's `actions` say: exactly those, in a handler's order, the likely next one primary,
// each behind mailbox.handle where the server checks it (deciding an extension one level up).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LetterActions } from '../common/api-types';
import { accessOf, render } from '../testing/render';
import { LetterStepBar } from './letter-step-bar';
import { offeredSteps, primaryStep } from './letter-steps';

const none: LetterActions = {
  accept: false,
  reject: false,
  assign: false,
  return: false,
  handle: false,
  reply: false,
  close: false,
  note: false,
  askExtension: false,
  decideExtension: false,
  reveal: false,
};
const actions = (...allowed: (keyof LetterActions)[]): LetterActions =>
  Object.fromEntries(
    Object.keys(none).map((key) => [key, allowed.includes(key as keyof LetterActions)]),
  ) as LetterActions;

const letterUnit = 7;
const above = 3;
const handler = accessOf({ 'mailbox.handle': [letterUnit] }, letterUnit);

let drawn: ReturnType<typeof render> | undefined;
afterEach(() => drawn?.unmount());

function bar(allowed: LetterActions, access = handler, parent: 'known' | 'unknown' = 'known') {
  const parentUnitId = parent === 'known' ? above : undefined;
  const onStep = vi.fn();
  drawn?.unmount();
  drawn = render(
    <LetterStepBar
      letter={{ id: 1, unitId: letterUnit, actions: allowed }}
      parentUnitId={parentUnitId}
      onStep={onStep}
    />,
    { access },
  );
  const buttons = [...drawn.container.querySelectorAll<HTMLButtonElement>('[data-testid^="letter-step-"]')];
  return {
    onStep,
    buttons,
    steps: buttons.map((b) => b.dataset.testid?.replace('letter-step-', '')),
    button: (step: string) => buttons.find((b) => b.dataset.testid === `letter-step-${step}`),
  };
}

describe('the steps offered', () => {
  it('are what the server allows, in order, revealing apart', () => {
    expect(offeredSteps(actions('note', 'reject', 'accept', 'askExtension', 'reveal'))).toEqual([
      'accept',
      'reject',
      'askExtension',
      'note',
    ]);
    expect(offeredSteps(none)).toEqual([]);
  });

  it('make the likely next step primary: accept, else reply, else close', () => {
    expect(primaryStep(actions('accept', 'reject'))).toBe('accept');
    expect(primaryStep(actions('reply', 'assign', 'handle'))).toBe('reply');
    expect(primaryStep(actions('close', 'note'))).toBe('close');
    expect(primaryStep(actions('note'))).toBeUndefined();
  });
});

describe('the step buttons', () => {
  it('show a received letter accept (primary), reject (danger), extension and note, and nothing else', () => {
    const { steps, button } = bar(actions('accept', 'reject', 'askExtension', 'note', 'reveal'));
    expect(steps).toEqual(['accept', 'reject', 'askExtension', 'note']);
    expect(button('accept')?.className).toContain('ant-btn-primary');
    expect(button('reject')?.className).toContain('ant-btn-dangerous');
    expect(button('accept')?.textContent?.replace(/\s/g, '')).toBe('受理');
  });

  it('show an assigned letter reply, assign on, handling and return', () => {
    const { steps, button } = bar(actions('assign', 'return', 'handle', 'reply', 'note', 'askExtension'));
    expect(steps).toEqual(['reply', 'assign', 'handle', 'return', 'askExtension', 'note']);
    expect(button('reply')?.className).toContain('ant-btn-primary');
  });

  it('mark each for mailbox.handle at the letter’s unit, and hand the step to the page', () => {
    const { button, onStep } = bar(actions('close'));
    const close = button('close');
    expect(close?.dataset.permission).toBe('mailbox.handle');
    expect(close?.dataset.unit).toBe(String(letterUnit));
    close?.click();
    expect(onStep).toHaveBeenCalledWith('close');
  });

  it('show nothing to a reader who may not handle there, whatever the answer said', () => {
    const reader = accessOf({ 'mailbox.read': [letterUnit] }, letterUnit);
    expect(bar(actions('accept', 'reject', 'note'), reader).buttons).toEqual([]);
    expect(drawn?.container.querySelector('[data-testid="letter-steps"]')).toBeNull();
  });

  it('offer deciding an extension at the unit above, disabled until that unit is known', () => {
    const upper = accessOf({ 'mailbox.handle': [above, letterUnit] }, above);
    const decide = bar(actions('decideExtension'), upper).button('decideExtension');
    expect(decide?.dataset.unit).toBe(String(above));
    expect(decide?.hasAttribute('disabled')).toBe(false);
    expect(bar(actions('decideExtension'), upper, 'unknown').button('decideExtension')?.hasAttribute('disabled')).toBe(
      true,
    );
    // The letter's own handlers do not decide their own request.
    expect(bar(actions('decideExtension'), handler).button('decideExtension')?.hasAttribute('disabled')).toBe(true);
  });
});
