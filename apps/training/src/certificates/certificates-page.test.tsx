// @vitest-environment happy-dom
// 结业证书 against a mocked API: it asks for the current unit's subtree with the URL's filters, shows each certificate
// with its number (linking to the public verification page in a new tab), learner, unit, course and state; a manager
// of the course's unit revokes a valid one with a reason, confirmed first; without training.manage nothing is
// offered; an empty list says what fills it.
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { accessOf } from '../testing/render';
import { type Answers, byTestId, loadDialogs, renderWithApi, typeInto, until } from '../testing/render-with-api';
import type { CertificateRow } from './certificate-types';
import { CertificatesPage } from './certificates-page';

beforeAll(async () => {
  await loadDialogs();
}, 60_000);

const county = 1;
const township = 2;
const village = 5;

const row = (id: number, over: Partial<CertificateRow> = {}): CertificateRow => ({
  id,
  number: `TR-2026-00${id}`,
  learnerName: `学员${id}`,
  courseTitle: '网站安全基础',
  unitName: '东关村',
  courseId: 7,
  courseUnitId: township,
  courseUnitName: '城关镇',
  issuedAt: '2026-11-20T08:00:00.000Z',
  revokedAt: null,
  ...over,
});

const rows = [
  row(1),
  row(2, { revokedAt: '2026-11-25T08:00:00.000Z' }),
  row(3, { courseId: 9, courseUnitId: county, courseUnitName: '县委' }),
];

function openPage({
  answers = {} as Answers,
  at = '/training/certificates',
  allowed = {} as Record<string, number[]>,
} = {}) {
  return renderWithApi(<CertificatesPage basePath="/training" unitId={township} />, {
    answers: {
      'training.certificates.list': () => ({ items: rows, total: rows.length, totalIsBound: false }),
      'identity.units.tree': () => [],
      ...answers,
    },
    at,
    route: '/training/certificates',
    access: accessOf({ 'training.read': [township, village], ...allowed }, township),
  });
}

const text = (testId: string) => byTestId(testId)?.textContent ?? '';
const click = (testId: string) => act(() => byTestId(testId)?.click());
const asked = (drawn: ReturnType<typeof renderWithApi>, path: string) =>
  drawn.calls.filter((c) => c.path === path).map((c) => c.input);

describe('the certificates list', { timeout: 30_000 }, () => {
  it('asks for the current unit’s subtree with the URL’s filters and links each number to its verification', async () => {
    const drawn = openPage({ at: '/training/certificates?q=学员&status=revoked&page=2' });
    await until(() => byTestId('certificate-learner-3') !== null, 'the list');
    expect(asked(drawn, 'training.certificates.list')[0]).toEqual({
      unitId: township,
      q: '学员',
      revoked: true,
      page: 2,
      pageSize: 20,
    });
    const link = byTestId('certificate-verify-1');
    expect(link?.getAttribute('href')).toBe('/site/verify/training/TR-2026-001');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(text('certificate-status-1')).toContain('有效');
    expect(text('certificate-status-2')).toContain('已撤销');
    expect(byTestId('certificate-revoke-1')).toBeNull();
  });

  it('revokes a valid certificate with a reason, confirmed first, for a manager of the course’s unit', async () => {
    const drawn = openPage({
      allowed: { 'training.manage': [township, village] },
      answers: { 'training.certificates.revoke': () => ({ id: 1, revokedAt: '2026-12-03T08:00:00.000Z' }) },
    });
    await until(() => byTestId('certificate-revoke-1') !== null, 'the list');
    expect(byTestId('certificate-revoke-1')?.getAttribute('data-permission')).toBe('training.manage');
    expect(byTestId('certificate-revoke-1')?.getAttribute('data-unit')).toBe(String(township));
    // Revoked already, or a course of a unit the manager does not manage: nothing to revoke.
    expect(byTestId('certificate-revoke-2')).toBeNull();
    expect(byTestId('certificate-revoke-3')).toBeNull();
    click('certificate-revoke-1');
    await until(() => byTestId('certificate-revoke-reason') !== null, 'the form');
    // No reason: the form says so and asks nothing.
    click('certificate-revoke-save');
    await until(() => document.body.textContent?.includes('请填写撤销原因') ?? false, 'the rule');
    typeInto('certificate-revoke-reason', '  成绩核查有误  ');
    click('certificate-revoke-save');
    await until(() => byTestId('certificate-revoke-ok') !== null, 'the question');
    expect(asked(drawn, 'training.certificates.revoke')).toEqual([]);
    click('certificate-revoke-ok');
    await until(() => asked(drawn, 'training.certificates.revoke').length > 0, 'the revoking');
    expect(asked(drawn, 'training.certificates.revoke')[0]).toEqual({ id: 1, reason: '成绩核查有误' });
  });

  it('says what fills the list when there is no certificate yet', async () => {
    openPage({
      allowed: { 'training.manage': [county] },
      answers: { 'training.certificates.list': () => ({ items: [], total: 0, totalIsBound: false }) },
    });
    await until(() => byTestId('certificates-empty') !== null, 'the empty state');
    expect(text('certificates-empty')).toContain('还没有结业证书');
  });
});
