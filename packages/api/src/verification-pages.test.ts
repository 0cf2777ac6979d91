// A certificate's public verification, as every team serves it: the form, a number's verdict (valid or revoked, the
// facts the team states, escaped), and the same page for a number that is unknown or cannot be one; the form's GET
// answers as the number's address does.
import { describe, expect, it } from 'vitest';
import type { PublicPageRequest } from './public-pages';
import { verificationPages } from './verification-pages';

const known = new Map([
  ['XY-AAAAAAAAAAAA', { revoked: false, facts: [['课程', '<script>alert(1)</script>安全课']] as const }],
  ['XY-BBBBBBBBBBBB', { revoked: true, facts: [['课程', '消防课']] as const }],
]);
const [form, byNumber] = verificationPages({
  path: '/site/verify/test',
  heading: '测试证书核验',
  headingEn: 'Verify a test certificate',
  documentTitle: '测试证书核验 Test certificate verification',
  noun: '测试证书',
  short: '证书',
  numberLabel: '证书编号',
  placeholder: 'XY-XXXXXXXXXXXX',
  read: (typed) => (/^XY-[A-Z]{12}$/.test(typed.trim().toUpperCase()) ? typed.trim().toUpperCase() : null),
  find: async (number) => known.get(number) ?? null,
  reads: ['TrainingCertificate'],
});
const request = (params: Record<string, string>, query: Record<string, string> = {}): PublicPageRequest => ({
  params,
  query,
  origin: 'http://localhost',
  form: {},
  address: '127.0.0.1',
});

describe('verification pages', () => {
  it('are the form and a number’s verdict', () => {
    expect([form?.path, byNumber?.path]).toEqual(['/site/verify/test', '/site/verify/test/:number']);
  });

  it('state a valid certificate’s facts, escaped, and the form again; the form’s GET answers the same', async () => {
    const valid = await byNumber!.render(request({ number: 'xy-aaaaaaaaaaaa' }));
    expect(valid.status).toBe(200);
    expect(valid.type).toBe('html');
    expect(valid.body).toContain('该证书真实有效');
    expect(valid.body).toContain('<dt>课程</dt><dd>&lt;script&gt;alert(1)&lt;/script&gt;安全课</dd>');
    expect(valid.body).not.toContain('<script>');
    expect(valid.body).toContain('<title>测试证书核验 Test certificate verification</title>');
    expect((await form!.render(request({}, { number: 'XY-AAAAAAAAAAAA' }))).body).toBe(valid.body);
  });

  it('say a revoked one is revoked', async () => {
    const revoked = await byNumber!.render(request({ number: 'XY-BBBBBBBBBBBB' }));
    expect(revoked.status).toBe(200);
    expect(revoked.body).toContain('该证书已作废');
    expect(revoked.body).not.toContain('真实有效');
  });

  it('answer an unknown number and one that cannot be a number alike', async () => {
    const unknown = await byNumber!.render(request({ number: 'XY-CCCCCCCCCCCC' }));
    expect(unknown.status).toBe(404);
    expect(unknown.body).toContain('未找到该编号的测试证书');
    expect(await byNumber!.render(request({ number: '<b>1' }))).toEqual(unknown);
    expect(await form!.render(request({}, { number: 'nonsense' }))).toEqual(unknown);
  });

  it('ask for the number on the form', async () => {
    const empty = await form!.render(request({}));
    expect(empty.status).toBe(200);
    expect(empty.body).toContain('请输入测试证书上的编号，核验证书的真伪。');
    expect(empty.body).toContain('<form method="get" action="/site/verify/test">');
    expect(empty.body).toContain('placeholder="XY-XXXXXXXXXXXX"');
  });
});
