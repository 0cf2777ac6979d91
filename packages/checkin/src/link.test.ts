import { describe, expect, it } from 'vitest';
import { checkinLink } from './link';

describe('checkinLink', () => {
  it('puts the subject in the path where asked, then the code and the other parameters', () => {
    expect(
      checkinLink('', '/volunteers/checkin/:subject', { subject: 7, code: '012345', params: { purpose: 'in' } }),
    ).toBe('/volunteers/checkin/7?code=012345&purpose=in');
  });
  it('names the subject as a parameter otherwise, under an origin', () => {
    expect(checkinLink('https://strata.example', '/training/checkin', { subject: 'a b', code: '000001' })).toBe(
      'https://strata.example/training/checkin?subject=a+b&code=000001',
    );
  });
});
