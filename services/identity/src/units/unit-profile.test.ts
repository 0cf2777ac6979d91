import type { Unit } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { describe, expect, it } from 'vitest';
import { maskName, maskPhone, profileForAudit, toUnitProfile, unitProfileInput } from './unit-profile';

const blank = { secretary: '', contactPerson: '', contactPhone: '', foundedOn: '', creditCode: '', address: '' };
const parse = (fields: Partial<typeof blank>) => unitProfileInput.safeParse({ id: 1, ...blank, ...fields });
/** The message key of the one issue on `field`, as the error formatter would translate it. */
const problem = (fields: Partial<typeof blank>) => {
  const result = parse(fields);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  return { field: issue.path.join('.'), key: (issue as { params?: { key?: string } }).params?.key ?? issue.code };
};

describe('a unit’s details form', () => {
  it('takes every field blank, as none', () => {
    expect(parse({}).data).toEqual({
      id: 1,
      secretary: null,
      contactPerson: null,
      contactPhone: null,
      foundedOn: null,
      creditCode: null,
      address: null,
    });
  });

  it('takes mainland mobile numbers and landlines with their area code', () => {
    for (const phone of ['13800138000', '19912345678', '0571-87654321', '01062345678', '027-85123456-801'])
      expect(parse({ contactPhone: phone }).success, phone).toBe(true);
  });

  it('refuses other phone numbers, with words saying what a phone looks like', () => {
    for (const phone of ['12345', '12800138000', '1380013800', '138001380001', '571-87654321', '0571-0765432', 'tel'])
      expect(problem({ contactPhone: phone }), phone).toEqual({ field: 'contactPhone', key: 'phoneInvalid' });
  });

  it('takes a unified social credit code whose check character is right, in capitals', () => {
    expect(parse({ creditCode: '91350100M000100Y43' }).data?.creditCode).toBe('91350100M000100Y43');
    expect(parse({ creditCode: ' 91350100m000100y43 ' }).data?.creditCode).toBe('91350100M000100Y43');
    expect(parse({ creditCode: '11100000000013127D' }).success).toBe(true);
  });

  it('refuses a credit code with a wrong check character, or of the wrong shape', () => {
    expect(problem({ creditCode: '91350100M000100Y44' })).toEqual({ field: 'creditCode', key: 'creditCodeCheck' });
    for (const code of ['91350100M000100Y4', '9135010OM000100Y43', '91A50100M000100Y43', '91350100M000100I43'])
      expect(problem({ creditCode: code }), code).toEqual({ field: 'creditCode', key: 'creditCodeShape' });
  });

  it('takes a founding date up to today in Shanghai, and no later or impossible one', () => {
    expect(parse({ foundedOn: '1950-03-01' }).data?.foundedOn).toBe('1950-03-01');
    expect(parse({ foundedOn: calendarDay(new Date()) }).success).toBe(true);
    const tomorrow = calendarDay(new Date(Date.now() + 86_400_000));
    expect(problem({ foundedOn: tomorrow })).toEqual({ field: 'foundedOn', key: 'dateInFuture' });
    expect(parse({ foundedOn: '2001-02-29' }).success).toBe(false);
    expect(parse({ foundedOn: '2001/07/01' }).success).toBe(false);
  });

  it('refuses text beyond the shared limits', () => {
    expect(problem({ address: '路'.repeat(101) })).toEqual({ field: 'address', key: 'too_big' });
    expect(problem({ secretary: '名'.repeat(51) })).toEqual({ field: 'secretary', key: 'too_big' });
  });
});

describe('a unit’s contact as readers see it', () => {
  const unit = {
    secretary: '周晓明',
    contactPerson: '陈丽',
    contactPhone: '13800138000',
    foundedOn: '2001-07-01',
    creditCode: '91350100M000100Y43',
    address: '学府路 8 号',
  } as Unit;

  it('is whole for those who manage the unit', () => {
    expect(toUnitProfile(unit, true)).toMatchObject({ contactPerson: '陈丽', contactPhone: '13800138000' });
  });

  it('is masked for everyone else: the contact person and phone, not the unit’s own facts', () => {
    expect(toUnitProfile(unit, false)).toEqual({ ...unit, contactPerson: '陈*', contactPhone: '138****8000' });
    expect(toUnitProfile({ ...unit, contactPerson: null, contactPhone: null }, false)).toMatchObject({
      contactPerson: null,
      contactPhone: null,
    });
  });

  it('masks names and numbers of any length, landlines too', () => {
    expect(maskName('欧阳晓明')).toBe('欧***');
    expect(maskName('李')).toBe('李*');
    expect(maskPhone('0571-87654321')).toBe('057****4321');
  });

  it('is masked in the audit log as well', () => {
    expect(profileForAudit({ ...unit })).toMatchObject({ contactPerson: '陈*', contactPhone: '138****8000' });
  });
});
