// The transfers' and floating attachments' rules without a database: a letter's validity to its last day (three
// months, six across provinces, clamped at the month's end), expired read on the day after, what each side may do,
// the default numbering, and every refusal of issuing a letter and of attaching or detaching a floating member.
import { describe, expect, it } from 'vitest';
import {
  attachBreach,
  endBreach,
  expiresOn,
  issueBreach,
  letterNumber,
  type NamedUnit,
  nextLetterNumber,
  stateAsOf,
  transferActions,
} from './transfer-rules';

describe('a letter’s validity', () => {
  it.each([
    ['2026-03-02', false, '2026-06-02'],
    ['2026-03-02', true, '2026-09-02'],
    ['2025-11-30', false, '2026-02-28'],
    ['2026-08-31', true, '2027-02-28'],
  ])('issued %s (across provinces: %s) is valid to %s', (issuedOn, cross, last) => {
    expect(expiresOn(issuedOn, cross)).toBe(last);
  });

  it('is issued to its last valid day, expired the day after; a closed letter never expires', () => {
    const letter = { state: 'issued', expiresOn: '2026-06-02' };
    expect(stateAsOf(letter, '2026-06-02')).toBe('issued');
    expect(stateAsOf(letter, '2026-06-03')).toBe('expired');
    expect(stateAsOf({ ...letter, state: 'confirmed' }, '2027-01-01')).toBe('confirmed');
    expect(stateAsOf({ ...letter, state: 'completed' }, '2027-01-01')).toBe('completed');
  });
});

describe('what each side may do', () => {
  const letter = { state: 'issued', expiresOn: '2026-06-02', toUnitId: 7 };
  const both = { sender: true, receiver: true };

  it('lets the receiver confirm a valid letter and return it, the sender cancel it', () => {
    expect(transferActions(letter, '2026-06-02', { sender: false, receiver: true })).toEqual({
      confirm: true,
      return: true,
      cancel: false,
    });
    expect(transferActions(letter, '2026-06-02', { sender: true, receiver: false })).toEqual({
      confirm: false,
      return: false,
      cancel: true,
    });
  });

  it('stops confirming once expired, but lets it be returned or cancelled', () => {
    expect(transferActions(letter, '2026-06-03', both)).toEqual({ confirm: false, return: true, cancel: true });
  });

  it('offers nothing on a closed letter, nor a receiver’s step on a letter out of the system', () => {
    for (const state of ['confirmed', 'returned', 'cancelled', 'completed'])
      expect(transferActions({ ...letter, state }, '2026-03-05', both)).toEqual({
        confirm: false,
        return: false,
        cancel: false,
      });
    expect(transferActions({ ...letter, toUnitId: null }, '2026-03-05', both)).toEqual({
      confirm: false,
      return: false,
      cancel: true,
    });
  });
});

describe('letter numbers', () => {
  it('numbers a branch’s letters per year, after the highest of its own form', () => {
    expect(letterNumber('2026', 7)).toBe('2026-0007');
    expect(nextLetterNumber('2026', [])).toBe('2026-0001');
    expect(nextLetterNumber('2026', ['2026-0001', '2026-0012', '2026-0003'])).toBe('2026-0013');
    // Numbers written by hand in another form, or of another year, do not count.
    expect(nextLetterNumber('2026', ['外转-001', '2025-0040', '2026-09-01'])).toBe('2026-0001');
    expect(nextLetterNumber('2026', ['2026-12345'])).toBe('2026-12346');
  });
});

const branch = (id: number, extra: Partial<NamedUnit> = {}): NamedUnit => ({
  id,
  name: `支部${id}`,
  kind: 'branch',
  archived: false,
  ...extra,
});
const member = { unitId: 1, status: 'active' };

describe('issuing a letter', () => {
  const issue = (extra: Partial<Parameters<typeof issueBreach>[0]> = {}) =>
    issueBreach({
      member,
      destination: branch(2),
      crossProvince: false,
      issuedOn: '2026-03-10',
      today: '2026-03-10',
      openLetterNo: null,
      ...extra,
    });

  it.each([
    [
      'a member who left the registry',
      { member: { unitId: 1, status: 'transferred' } },
      'memberId',
      'memberNotCurrent',
    ],
    ['a member with a letter in progress', { openLetterNo: '2026-0003' }, 'memberId', 'transferOpen'],
    ['no such unit', { destination: null }, 'toUnitId', 'destinationInvalid'],
    ['the member’s own branch', { destination: branch(1) }, 'toUnitId', 'destinationInvalid'],
    ['a township', { destination: branch(2, { kind: 'township' }) }, 'toUnitId', 'destinationInvalid'],
    ['an archived branch', { destination: branch(2, { archived: true }) }, 'toUnitId', 'destinationInvalid'],
    ['a unit of the system across provinces', { crossProvince: true }, 'crossProvince', 'crossProvinceOutside'],
    ['a day after today', { issuedOn: '2026-03-11' }, 'issuedOn', 'dayInFuture'],
  ] as const)('refuses %s', (_, extra, field, rule) => {
    expect(issue(extra)).toMatchObject({ field, rule });
  });

  it('names the letter in progress', () => {
    expect(issue({ openLetterNo: '2026-0003' })).toEqual({
      field: 'memberId',
      rule: 'transferOpen',
      vars: { letterNo: '2026-0003' },
    });
  });

  it.each([
    ['another branch, today', {}],
    ['a group', { destination: branch(2, { kind: 'group' }) }],
    ['a floating member', { member: { unitId: 1, status: 'floating' } }],
    ['an outside organisation across provinces', { destination: undefined, crossProvince: true }],
  ] as const)('allows %s', (_, extra) => {
    expect(issue(extra)).toBeNull();
  });
});

describe('a floating attachment', () => {
  const attach = (extra: Partial<Parameters<typeof attachBreach>[0]> = {}) =>
    attachBreach({
      member,
      host: branch(2),
      startedOn: '2026-03-01',
      untilOn: undefined,
      today: '2026-03-10',
      attached: false,
      ...extra,
    });

  it.each([
    ['a member attached already', { attached: true }, 'memberId', 'floatingOpen'],
    ['a floating member', { member: { unitId: 1, status: 'floating' } }, 'memberId', 'floatingOpen'],
    ['a member who left the registry', { member: { unitId: 1, status: 'deceased' } }, 'memberId', 'memberNotCurrent'],
    ['no such host', { host: null }, 'hostUnitId', 'hostInvalid'],
    ['the member’s own branch', { host: branch(1) }, 'hostUnitId', 'hostInvalid'],
    ['a township as host', { host: branch(2, { kind: 'township' }) }, 'hostUnitId', 'hostInvalid'],
    ['an archived host', { host: branch(2, { archived: true }) }, 'hostUnitId', 'hostInvalid'],
    ['a start after today', { startedOn: '2026-03-11' }, 'startedOn', 'dayInFuture'],
    ['a return on the day of leaving', { untilOn: '2026-03-01' }, 'untilOn', 'untilBeforeStart'],
  ] as const)('refuses %s', (_, extra, field, rule) => {
    expect(attach(extra)).toMatchObject({ field, rule });
  });

  it('allows a start today with a return the day after, or none', () => {
    expect(attach({ startedOn: '2026-03-10', untilOn: '2026-03-11' })).toBeNull();
    expect(attach()).toBeNull();
  });

  it('ends on a day from its start to today', () => {
    expect(endBreach('2026-03-01', '2026-02-28', '2026-03-10')).toEqual({
      field: 'endedOn',
      rule: 'endBeforeStart',
      vars: { earliest: '2026-03-01' },
    });
    expect(endBreach('2026-03-01', '2026-03-11', '2026-03-10')).toEqual({
      field: 'endedOn',
      rule: 'dayInFuture',
      vars: { latest: '2026-03-10' },
    });
    expect(endBreach('2026-03-01', '2026-03-01', '2026-03-10')).toBeNull();
    expect(endBreach('2026-03-01', '2026-03-10', '2026-03-10')).toBeNull();
  });
});
