// @vitest-environment happy-dom
// The reply's form: a template chosen fills the reply (asking first when something else is written already), and a
// letter whose submitter did not agree to publication cannot be answered in public.
import { Form, type FormInstance } from 'antd';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { render, settle } from '../testing/render';
import { ReplyFields, type ReplyValues } from './reply-modal';

const templates = [
  { id: 11, title: '活动中心开放时间', body: '您好，社区活动中心周末上午 9 点至下午 5 点开放。', unitName: '城关镇' },
  { id: 12, title: '已转交办理', body: '您好，您反映的问题已转交相关部门办理。', unitName: '市委组织部' },
];

let drawn: ReturnType<typeof render> | undefined;
afterEach(() => {
  drawn?.unmount();
  document.body.innerHTML = '';
});

/** The reply's fields in a form of their own, handing the form out for the test to read and write. */
function Harness({ mayPublish, onForm }: { mayPublish: boolean; onForm: (form: FormInstance<ReplyValues>) => void }) {
  const [form] = Form.useForm<ReplyValues>();
  onForm(form);
  return (
    <Form form={form} initialValues={{ reply: '', public: false }}>
      <ReplyFields templates={templates} mayPublish={mayPublish} />
    </Form>
  );
}

function replyForm(mayPublish = true) {
  let form: FormInstance<ReplyValues> | undefined;
  drawn = render(
    <Harness
      mayPublish={mayPublish}
      onForm={(instance) => {
        form = instance;
      }}
    />,
  );
  return () => form as FormInstance<ReplyValues>;
}

/** Opens the template select and picks the option titled `title`. */
async function chooseTemplate(title: string) {
  const select = document.querySelector('[data-testid="letter-reply-template"]') as HTMLElement;
  const opener = select.querySelector('input') ?? select;
  act(() => {
    opener.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  });
  await settle(10);
  const option = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
    (o) => o.textContent === title,
  );
  if (!option) throw new Error(`no option ${title} in ${document.body.innerHTML.slice(0, 2000)}`);
  act(() => option.click());
  await settle(10);
}

/** Answers the confirm dialog: its primary button (reading `label`), or cancel. */
async function confirmWith(label: string | 'cancel') {
  await settle(10);
  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.ant-modal-confirm-btns button')];
  const button =
    label === 'cancel'
      ? buttons.find((b) => !b.className.includes('ant-btn-primary'))
      : buttons.find((b) => b.textContent?.replace(/\s/g, '') === label);
  if (!button) throw new Error(`no ${label} button in ${document.body.innerHTML.slice(-3000)}`);
  act(() => button.click());
  await settle(10);
}

const replyText = () => (document.querySelector('[data-testid="letter-reply-text"]') as HTMLTextAreaElement).value;

describe('a reply from a template', () => {
  it('fills the empty reply with the template', async () => {
    const form = replyForm();
    await chooseTemplate('活动中心开放时间');
    expect(replyText()).toBe(templates[0]?.body);
    expect(form().getFieldValue('reply')).toBe(templates[0]?.body);
  });

  it('asks before replacing what was written, and replaces it when told so', async () => {
    const form = replyForm();
    act(() => form().setFieldValue('reply', '我自己写的答复'));
    await chooseTemplate('已转交办理');
    expect(form().getFieldValue('reply')).toBe('我自己写的答复');
    await confirmWith('替换');
    expect(form().getFieldValue('reply')).toBe(templates[1]?.body);
  });

  it('keeps what was written when told not to replace it', async () => {
    const form = replyForm();
    act(() => form().setFieldValue('reply', '我自己写的答复'));
    await chooseTemplate('已转交办理');
    await confirmWith('cancel');
    expect(form().getFieldValue('reply')).toBe('我自己写的答复');
    expect(form().getFieldValue('templateId')).toBeUndefined();
  });
});

describe('a public reply', () => {
  it('is offered when the submitter agreed to publication', () => {
    replyForm(true);
    const toggle = document.querySelector('[data-testid="letter-reply-public"]');
    expect(toggle?.hasAttribute('disabled')).toBe(false);
    expect(document.body.textContent).toContain('网站的来信选登中');
  });

  it('is not when the submitter did not', () => {
    replyForm(false);
    expect(document.querySelector('[data-testid="letter-reply-public"]')?.hasAttribute('disabled')).toBe(true);
    expect(document.body.textContent).toContain('来信人没有同意公开');
  });
});
