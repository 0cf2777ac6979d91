// @vitest-environment happy-dom
// The template form counts a title with the server's own limit (letterLimits.templateTitleMax): a title of that
// length is saved, a longer one is refused on its field before anything is sent.
import { letterLimits } from '@strata/contract';
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { byTestId, loadDialogs, renderWithApi, typeInto, until } from '../testing/render-with-api';
import { TemplateFormModal } from './template-form-modal';

const unitId = 5;

beforeAll(loadDialogs, 60_000);

async function openForm() {
  const sent: unknown[] = [];
  renderWithApi(<TemplateFormModal unitId={unitId} editing={{ template: undefined }} onClose={() => {}} />, {
    answers: {
      'mailbox.templates.create': (input) => {
        sent.push(input);
        return { id: 1 };
      },
    },
    at: '/mailbox/templates',
    route: '/mailbox/templates',
    access: accessOf({ 'mailbox.handle': [unitId] }, unitId),
  });
  await until(() => byTestId('template-title') !== null, 'the form');
  return sent;
}

describe('the template form', { timeout: 20_000 }, () => {
  it('takes a title up to the server’s limit', async () => {
    const sent = await openForm();
    expect(byTestId<HTMLInputElement>('template-title')?.maxLength).toBe(letterLimits.templateTitleMax);
    const title = '答'.repeat(letterLimits.templateTitleMax);
    typeInto('template-title', title);
    typeInto('template-body', '您好，来信收悉。');
    act(() => byTestId('template-save')?.click());
    await until(() => sent.length > 0, 'the save');
    expect(sent).toEqual([{ unitId, title, body: '您好，来信收悉。' }]);
  });

  it('refuses a longer title on its field and sends nothing', async () => {
    const sent = await openForm();
    typeInto('template-title', '答'.repeat(letterLimits.templateTitleMax + 1));
    typeInto('template-body', '您好，来信收悉。');
    act(() => byTestId('template-save')?.click());
    const refused = `最多 ${letterLimits.templateTitleMax} 个字符`;
    await until(() => byTestId('template-form')?.textContent?.includes(refused) ?? false, 'the refusal');
    expect(sent).toEqual([]);
  });
});
