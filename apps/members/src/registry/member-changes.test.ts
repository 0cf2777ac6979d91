// What an edit sends: only the fields changed. Masked on the page, a blank personal field keeps what is stored;
// revealed, the form starts from the values in the clear and a cleared phone or address removes it. A member who left
// the registry changes the note alone.
import { describe, expect, it } from 'vitest';
import type { MemberProfile } from '../common/api-types';
import { editValues, toChanges } from './edit-member-modal';

const member = {
  id: 3,
  name: '张建国',
  ethnicity: '01',
  education: 'undergraduate',
  occupation: 'salaried',
  workplace: '城关镇人民政府',
  note: '',
  status: 'active',
  idNumber: '110***********1234',
  phone: '138****5678',
  address: '城关镇****',
} as MemberProfile;
const revealed = { idNumber: '110105198005121234', phone: '13812345678', address: '城关镇人民路 1 号' };

describe('an edit', () => {
  it('sends the fields changed, trimmed, and keeps a masked field left blank', () => {
    const values = { ...editValues(member, undefined), workplace: ' 城关镇财政所 ', phone: '' };
    expect(toChanges(member, undefined, values)).toEqual({ id: 3, workplace: '城关镇财政所' });
    expect(toChanges(member, undefined, { ...values, phone: '13900001111' })).toEqual({
      id: 3,
      workplace: '城关镇财政所',
      phone: '13900001111',
    });
  });

  it('starts from the revealed values, and a cleared phone removes it', () => {
    const values = editValues(member, revealed);
    expect(values.idNumber).toBe(revealed.idNumber);
    expect(toChanges(member, revealed, values)).toEqual({ id: 3 });
    expect(toChanges(member, revealed, { ...values, phone: '' })).toEqual({ id: 3, phone: '' });
  });

  it('changes only the note of a member who left', () => {
    const left = { ...member, status: 'deceased' } as MemberProfile;
    const values = { ...editValues(left, undefined), name: '张建', note: '2026 年 1 月病故' };
    expect(toChanges(left, undefined, values)).toEqual({ id: 3, note: '2026 年 1 月病故' });
  });
});
