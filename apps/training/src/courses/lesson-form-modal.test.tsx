// @vitest-environment happy-dom
// The lesson form against a mocked API: it asks for what the kind chosen needs (a text's content in the editor, a
// document, a video, a web address), checks it before asking the server, and uploads a video to the course's unit for
// training with its progress (XMLHttpRequest, mocked here), then shows the file's name and size and saves its id.
import { act } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessOf, settle } from '../testing/render';
import { byTestId, loadDialogs, renderWithApi, typeInto, until } from '../testing/render-with-api';
import { county, lesson } from './course-fixtures';
import { LessonFormModal } from './lesson-form-modal';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

/** An XMLHttpRequest the test drives: what was sent, and its progress and answer when the test says. */
class FakeRequest {
  static last: FakeRequest | undefined;
  upload: { onprogress: ((event: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  statusText = '';
  response: unknown = null;
  responseType = '';
  withCredentials = false;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | undefined;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeRequest.last = this;
  }
  abort() {
    this.onabort?.();
  }
}

const realRequest = globalThis.XMLHttpRequest;
afterEach(() => {
  globalThis.XMLHttpRequest = realRequest;
  FakeRequest.last = undefined;
});

function openForm(given = lesson(31), editing = false) {
  const answered = { add: [] as unknown[], update: [] as unknown[] };
  const drawn = renderWithApi(
    <LessonFormModal moduleId={21} unitId={county} lesson={editing ? given : undefined} onClose={() => undefined} />,
    {
      answers: {
        'training.courses.addLesson': (input) => {
          answered.add.push(input);
          return { id: 50 };
        },
        'training.courses.updateLesson': (input) => {
          answered.update.push(input);
          return { id: given.id };
        },
      },
      at: '/training/courses/5',
      route: '/training/courses/:id',
      access: accessOf({ 'training.manage': [county] }, county),
    },
  );
  return { drawn, answered };
}

const chooseKind = async (kind: string) => {
  act(() =>
    document.querySelector<HTMLInputElement>(`[data-testid="lesson-form-kind"] input[value="${kind}"]`)?.click(),
  );
  await settle(20);
};
const save = async () => {
  act(() => byTestId('lesson-form-save')?.click());
  await settle(50);
};
const visible = (testId: string) => {
  const element = byTestId(testId);
  return element !== null && !element.closest('.ant-form-item-hidden');
};
const bodyText = () => document.body.textContent ?? '';

describe('the lesson form', { timeout: 30_000 }, () => {
  it('asks for what each kind needs before asking the server', async () => {
    const { answered } = openForm();
    await until(() => byTestId('lesson-form-title') !== null, 'the form');
    // A text lesson: its content in the rich text editor, which arrives on its own.
    await until(() => byTestId('lesson-form-body') !== null, 'the editor');
    // The editor brings its own words; its uploads are a course editor's (training.manage at the course's unit).
    expect(document.querySelector('[role="toolbar"]')?.getAttribute('aria-label')).toBe('正文格式');
    expect(document.querySelector('[aria-label="加粗"]')).not.toBeNull();
    expect(document.querySelector('[role="toolbar"]')?.parentElement?.getAttribute('data-permission')).toBe(
      'training.manage',
    );
    typeInto('lesson-form-title', '网页改版要点');
    await save();
    await until(() => bodyText().includes('请填写课时的内容'), 'the content asked for');

    await chooseKind('file');
    expect(byTestId('lesson-form-body')).toBeNull();
    expect(visible('lesson-form-document')).toBe(true);
    expect(visible('lesson-form-video')).toBe(false);
    await save();
    await until(() => bodyText().includes('请上传课时的文档'), 'the document asked for');

    await chooseKind('video');
    expect(visible('lesson-form-video')).toBe(true);
    expect(visible('lesson-form-document')).toBe(false);
    expect(bodyText()).toContain('支持 MP4、WebM');

    await chooseKind('link');
    typeInto('lesson-form-url', 'ftp://example.org/a');
    await save();
    await until(() => bodyText().includes('请填写以 http:// 或 https:// 开头的网址'), 'the address refused');
    expect(answered.add).toEqual([]);

    typeInto('lesson-form-url', ' https://www.gov.cn/zhengce ');
    await save();
    await until(() => answered.add.length === 1, 'the lesson added');
    expect(answered.add[0]).toEqual({
      moduleId: 21,
      kind: 'link',
      title: '网页改版要点',
      body: '',
      fileId: null,
      url: 'https://www.gov.cn/zhengce',
      minutes: 0,
    });
  });

  it('uploads a video for training with its progress, then saves its id', async () => {
    globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
    const { answered } = openForm();
    await until(() => byTestId('lesson-form-title') !== null, 'the form');
    typeInto('lesson-form-title', '保密要求讲解');
    await chooseKind('video');
    const input = byTestId<HTMLInputElement>('lesson-form-video-input');
    expect(input?.accept).toContain('video/mp4');
    const file = new File([new Uint8Array(2048)], '讲解.mp4', { type: 'video/mp4' });
    act(() => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      input?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => FakeRequest.last !== undefined, 'the upload');
    const request = FakeRequest.last as FakeRequest;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/files');
    expect('x-csrf-token' in request.headers).toBe(true);
    // The unit and the purpose before the file, which the server reads first.
    expect([...(request.body as FormData).keys()]).toEqual(['unitId', 'purpose', 'file']);
    expect(request.body?.get('unitId')).toBe(String(county));
    expect(request.body?.get('purpose')).toBe('training');

    act(() => request.upload.onprogress?.({ lengthComputable: true, loaded: 1024, total: 2048 }));
    await until(() => byTestId('lesson-form-video-progress') !== null, 'the progress');
    expect(byTestId('lesson-form-video-progress')?.getAttribute('aria-label')).toBe('讲解.mp4 已上传 50%');
    expect(byTestId<HTMLButtonElement>('lesson-form-save')?.disabled).toBe(true);

    request.status = 201;
    request.response = {
      file: {
        id: 77,
        unitId: county,
        name: '讲解.mp4',
        kind: 'video',
        mime: 'video/mp4',
        size: 5 * 1024 * 1024,
        url: '/files/77/讲解.mp4',
        previewUrl: null,
        width: null,
        height: null,
      },
    };
    act(() => request.onload?.());
    await until(() => byTestId('lesson-form-video-chosen') !== null, 'the file shown');
    expect(byTestId('lesson-form-video-chosen')?.textContent).toMatch(/讲解\.mp4.*5(\.0)? MB/);
    expect(byTestId('lesson-form-video-progress')).toBeNull();

    await save();
    await until(() => answered.add.length === 1, 'the lesson added');
    expect(answered.add[0]).toMatchObject({ moduleId: 21, kind: 'video', title: '保密要求讲解', fileId: 77, url: '' });
  });

  it('refuses a file that is not a video before uploading it', async () => {
    globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
    openForm();
    await until(() => byTestId('lesson-form-title') !== null, 'the form');
    await chooseKind('video');
    const input = byTestId<HTMLInputElement>('lesson-form-video-input');
    act(() => {
      Object.defineProperty(input, 'files', { value: [new File(['x'], '名单.xlsx')], configurable: true });
      input?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => byTestId('lesson-form-video-problem') !== null, 'the refusal');
    expect(byTestId('lesson-form-video-problem')?.textContent).toBe('名单.xlsx 不是 MP4 或 WebM 视频');
    expect(FakeRequest.last).toBeUndefined();
  });

  it('keeps an existing video lesson’s file when it is saved', async () => {
    const video = lesson(32, {
      kind: 'video',
      title: '保密要求讲解',
      body: '',
      fileId: 90,
      fileName: '保密要求.mp4',
      fileUrl: '/files/90/保密要求.mp4',
      minutes: 30,
    });
    const { answered } = openForm(video, true);
    await until(() => byTestId('lesson-form-video-chosen') !== null, 'the form');
    expect(byTestId('lesson-form-video-chosen')?.textContent).toContain('保密要求.mp4');
    expect(byTestId('lesson-form-body')).toBeNull();
    await save();
    await until(() => answered.update.length === 1, 'the lesson saved');
    expect(answered.update[0]).toEqual({
      id: 32,
      kind: 'video',
      title: '保密要求讲解',
      body: '',
      fileId: 90,
      url: '',
      minutes: 30,
    });
  });
});
