// @vitest-environment happy-dom
// A letter's submitter against a mocked API: masked as the server sends it, the reveal offered only where the server
// allows it and the handler holds mailbox.handle at the letter's unit; asked first, the name and phone then shown in
// place (the phone a number to call) with a word that the look was recorded; a refusal says why and keeps them masked.
import { act, type ComponentProps } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf, settle } from '../testing/render';
import { type Answers, byTestId, loadDialogs, refusal, renderWithApi, until } from '../testing/render-with-api';
import { SubmitterCard } from './submitter-card';

beforeAll(loadDialogs, 60_000);

const unitId = 7;
const letter: ComponentProps<typeof SubmitterCard>['letter'] = {
  id: 5,
  unitId,
  submitterName: '张*',
  submitterPhone: '138****5678',
  actions: { reveal: true },
};
const full = { name: '张三', phone: '13812345678' };

/** The card drawn, once its reveal part (fetched on demand) is there: masked, with or without its button. */
async function open(allowed: Record<string, number[]>, answers: Answers = {}, shown = letter, language?: 'en-US') {
  const drawn = renderWithApi(<SubmitterCard letter={shown} />, {
    answers,
    at: '/mailbox/letters/5',
    route: '/mailbox/letters/:id',
    access: accessOf(allowed, unitId),
    ...(language && { language }),
  });
  await until(() => byTestId('submitter-masked') !== null, 'the reveal part');
  return { ...drawn, reveals: () => drawn.calls.filter((c) => c.path === 'mailbox.letters.reveal') };
}

const text = (testId: string) => byTestId(testId)?.textContent;

async function confirmReveal() {
  act(() => byTestId('submitter-reveal')?.click());
  await until(() => byTestId('submitter-reveal-ok') !== null, 'the question');
  act(() => byTestId('submitter-reveal-ok')?.click());
  await settle(20);
}

describe('a letter’s submitter', { timeout: 20_000 }, () => {
  it('shows the name and phone masked, and no reveal where the server does not offer it', async () => {
    await open({ 'mailbox.handle': [unitId] }, {}, { ...letter, actions: { reveal: false } });
    expect(text('submitter-name')).toBe('张*');
    expect(text('submitter-phone')).toBe('138****5678');
    expect(byTestId('submitter-reveal')).toBeNull();
  });

  it('offers no reveal without mailbox.handle at the letter’s unit', async () => {
    await open({ 'mailbox.handle': [99] });
    expect(byTestId('submitter-reveal')).toBeNull();
  });

  it('reveals the name and phone once confirmed, saying the look was recorded', async () => {
    const drawn = await open({ 'mailbox.handle': [unitId] }, { 'mailbox.letters.reveal': () => full }, letter, 'en-US');
    expect(byTestId('submitter-reveal')?.getAttribute('data-permission')).toBe('mailbox.handle');
    expect(byTestId('submitter-reveal')?.getAttribute('data-unit')).toBe(String(unitId));
    act(() => byTestId('submitter-reveal')?.click());
    await until(() => document.querySelector('.ant-modal-confirm') !== null, 'the question');
    // Asked first: nothing is revealed before the answer.
    expect(document.querySelector('.ant-modal-confirm')?.textContent).toContain('recorded in the audit log');
    expect(drawn.reveals()).toEqual([]);
    act(() => byTestId('submitter-reveal-ok')?.click());
    await until(() => text('submitter-name') === '张三', 'the name');
    expect(drawn.reveals().map((c) => c.input)).toEqual([{ id: 5 }]);
    expect(byTestId('submitter-phone')?.getAttribute('href')).toBe('tel:13812345678');
    expect(text('submitter-revealed')).toContain('this look has been recorded');
    expect(byTestId('submitter-reveal')).toBeNull();
  });

  it('says why a reveal was refused, and keeps the submitter masked', async () => {
    await open(
      { 'mailbox.handle': [unitId] },
      {
        'mailbox.letters.reveal': () => {
          throw refusal('这封来信已不在您的办理范围内', 'FORBIDDEN');
        },
      },
    );
    await confirmReveal();
    await until(() => document.body.textContent?.includes('这封来信已不在您的办理范围内') === true, 'the refusal');
    expect(document.body.textContent).toContain('操作未完成');
    expect(text('submitter-name')).toBe('张*');
    expect(byTestId('submitter-revealed')).toBeNull();
  });
});
