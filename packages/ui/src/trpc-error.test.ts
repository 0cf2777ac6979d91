import { describe, expect, it } from 'vitest';
import { errorMessage, fieldErrorsOf } from './trpc-error';

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
