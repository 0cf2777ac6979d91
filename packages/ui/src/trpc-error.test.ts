import type { FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { applyFieldErrors, errorMessage, fieldErrorsOf } from './trpc-error';

const t = ((key: string) => `t:${key}`) as never;

describe('errorMessage', () => {
  it('shows the server message, already translated', () => {
    expect(errorMessage({ message: '记录不存在或您无权访问', data: { code: 'NOT_FOUND' } }, t)).toBe(
      '记录不存在或您无权访问',
    );
  });
  it('says network error when no server answered', () => {
    expect(errorMessage(new TypeError('Failed to fetch'), t)).toBe('t:common:networkError');
  });
  it('never shows raw JSON issue dumps', () => {
    expect(errorMessage({ message: '[{"code":"too_small"}]', data: {} }, t)).toBe('t:common:unknownError');
  });
});

describe('fieldErrorsOf', () => {
  it('reads field errors when present', () => {
    expect(fieldErrorsOf({ data: { fieldErrors: { title: ['至少 2 个字符'] } } })).toEqual({
      title: ['至少 2 个字符'],
    });
    expect(fieldErrorsOf({ data: null })).toBeUndefined();
  });
});

describe('applyFieldErrors', () => {
  /** A form holding `values`, noting what is set on it. */
  const formOf = (values: object) => {
    const set: unknown[] = [];
    const form = { getFieldsValue: () => values, setFields: (fields: unknown[]) => set.push(...fields) };
    return { form: form as unknown as FormInstance, set };
  };
  const error = { data: { fieldErrors: { amountFen: ['太多'], note: ['必填'], stray: ['x'] } } };

  it('puts each error on its field, renamed where the form names it otherwise, and skips fields it lacks', () => {
    const { form, set } = formOf({ amount: '', note: '' });
    expect(applyFieldErrors(form, error, { amountFen: 'amount' })).toBe(true);
    expect(set).toEqual([
      { name: ['amount'], errors: ['太多'] },
      { name: ['note'], errors: ['必填'] },
    ]);
  });
  it('takes a path function for nested fields, list indexes as numbers', () => {
    const { form, set } = formOf({ rows: [] });
    const nested = { data: { fieldErrors: { 'rows.1.rate': ['太高'] } } };
    applyFieldErrors(form, nested, (path) => path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
    expect(set).toEqual([{ name: ['rows', 1, 'rate'], errors: ['太高'] }]);
  });
  it('answers false when nothing matched or the error has no fields', () => {
    expect(applyFieldErrors(formOf({ title: '' }).form, error)).toBe(false);
    expect(applyFieldErrors(formOf({ title: '' }).form, new Error('down'))).toBe(false);
  });
});
