import { idNumberFor } from '@strata/personal-data';
import { describe, expect, it } from 'vitest';
import { changedKeys, checkedPerson, identityOf, keysFrom, phoneOf, searchOf } from './volunteer-rules';

const today = '2026-03-10';
const man = idNumberFor('510104', '1980-05-06', 'male', 12);
const woman = idNumberFor('510104', '1990-01-02', 'female', 7);

describe('identityOf', () => {
  it('reads the gender from the ID number, normalised', () => {
    expect(identityOf(man.toLowerCase(), today)).toEqual({ identity: { idNumber: man, gender: 'male' } });
    expect(identityOf(woman, today)).toEqual({ identity: { idNumber: woman, gender: 'female' } });
  });

  it('names the problem on the idNumber field, never the value', () => {
    expect(identityOf('12345', today)).toEqual({
      problem: { field: 'idNumber', key: 'volunteers.idNumberFormat' },
    });
    const wrongCheck = `${man.slice(0, 17)}${man[17] === '0' ? '1' : '0'}`;
    expect(identityOf(wrongCheck, today)).toEqual({
      problem: { field: 'idNumber', key: 'volunteers.idNumberCheckDigit' },
    });
    const born = idNumberFor('510104', '2026-05-01', 'male', 1);
    expect(identityOf(born, today)).toEqual({ problem: { field: 'idNumber', key: 'volunteers.idNumberBirthDate' } });
  });
});

describe('phoneOf and checkedPerson', () => {
  it('keeps the digits of a phone, blank for none, and refuses what is none', () => {
    expect(phoneOf('138-0013-8000')).toEqual({ phone: '13800138000' });
    expect(phoneOf('')).toEqual({ phone: '' });
    expect(phoneOf('12345')).toEqual({ problem: { field: 'phone', key: 'phoneInvalid' } });
  });

  it('checks the ID number first, then the phone', () => {
    expect(checkedPerson({ idNumber: 'x', phone: 'y' }, today)).toMatchObject({ problem: { field: 'idNumber' } });
    expect(checkedPerson({ idNumber: man, phone: 'y' }, today)).toMatchObject({ problem: { field: 'phone' } });
    expect(checkedPerson({ idNumber: man, phone: '13800138000' }, today)).toEqual({
      identity: { idNumber: man, gender: 'male' },
      phone: '13800138000',
    });
  });
});

describe('searchOf', () => {
  it('looks up a whole ID number or phone exactly, anything else by name', () => {
    expect(searchOf(man)).toEqual({ kind: 'idNumber', value: man });
    expect(searchOf(' 138 0013 8000 ')).toEqual({ kind: 'phone', value: '13800138000' });
    expect(searchOf('张')).toEqual({ kind: 'name', value: '张' });
    expect(searchOf('1380')).toEqual({ kind: 'name', value: '1380' });
    expect(searchOf('志愿者-12')).toEqual({ kind: 'name', value: '志愿者-12' });
  });
});

describe('keysFrom and changedKeys', () => {
  it('reads a JSON array of keys, anything else as none', () => {
    expect(keysFrom('["firstAid","it"]')).toEqual(['firstAid', 'it']);
    expect(keysFrom('oops')).toEqual([]);
    expect(keysFrom('{"a":1}')).toEqual([]);
  });

  it('names the keys whose values differ', () => {
    const before = { name: 'a', skills: ['it'], serviceArea: '' };
    expect(
      changedKeys(before, { name: 'a', skills: ['it'], serviceArea: '' }, ['name', 'skills', 'serviceArea']),
    ).toEqual([]);
    expect(changedKeys(before, { name: 'b', skills: [], serviceArea: '' }, ['name', 'skills', 'serviceArea'])).toEqual([
      'name',
      'skills',
    ]);
  });
});
