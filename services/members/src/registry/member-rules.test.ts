// The registry's rules without a database: what an ID number says and whether the form agrees with it, the stage
// dates of each stage (present up to it, absent after it, in order, none in the future, the applicant 18), who may
// still be edited, and who may leave the registry how. Every problem names its field and never holds the value.
import { memberStages } from '@strata/contract';
import { idNumberFor } from '@strata/personal-data';
import { describe, expect, it } from 'vitest';
import {
  checkNewMember,
  editProblem,
  identityOf,
  leavingProblems,
  lookupIdNumber,
  phoneOf,
  type StageDates,
  stageDateProblems,
} from './member-rules';

const today = '2026-05-01';
// The standard's example: a woman born on 31 December 1949; and a man born on 7 March 1990.
const woman = '11010519491231002X';
const man = '440305199003071236';

describe('identityOf', () => {
  it('reads the birth date and gender from a valid number, however it was typed', () => {
    expect(identityOf(' 110105 19491231 002x', {}, today)).toEqual({
      identity: { idNumber: woman, birthDate: '1949-12-31', gender: 'female' },
      problems: [],
    });
    expect(identityOf(man, { gender: 'male', birthDate: '1990-03-07' }, today).identity).toEqual({
      idNumber: man,
      birthDate: '1990-03-07',
      gender: 'male',
    });
  });

  it('names the idNumber field for a bad format, check character or birth date', () => {
    const problem = (value: string) => identityOf(value, {}, today).problems;
    expect(problem('11010519491231002')).toEqual([{ field: 'idNumber', key: 'members.idNumberFormat' }]);
    expect(problem('110105194912310021')).toEqual([{ field: 'idNumber', key: 'members.idNumberCheckDigit' }]);
    // 2027-01-01 is after today: a valid check character on an impossible birth date.
    expect(problem(idNumberFor('110105', '2027-01-01', 'male', 8))).toEqual([
      { field: 'idNumber', key: 'members.idNumberBirthDate' },
    ]);
  });

  it('refuses a gender or birth date that disagrees with the number, on its own field', () => {
    expect(identityOf(man, { gender: 'female' }, today)).toEqual({
      identity: null,
      problems: [{ field: 'gender', key: 'members.genderDisagrees' }],
    });
    expect(identityOf(man, { birthDate: '1990-03-08' }, today).problems).toEqual([
      { field: 'birthDate', key: 'members.birthDateDisagrees' },
    ]);
  });

  it('looks up only a valid number, reporting on the filter’s field', () => {
    expect(lookupIdNumber(woman.toLowerCase(), today)).toEqual({ idNumber: woman });
    expect(lookupIdNumber('12345', today)).toEqual({ problem: { field: 'idNumber', key: 'members.idNumberFormat' } });
  });
});

describe('phoneOf', () => {
  it('keeps the digits of a mobile or landline, blank for none, and names the phone field otherwise', () => {
    expect(phoneOf('+86 137-0000-0000')).toEqual({ phone: '13700000000' });
    expect(phoneOf('(027) 8765 4321')).toEqual({ phone: '02787654321' });
    expect(phoneOf('')).toEqual({ phone: '' });
    expect(phoneOf('12345')).toEqual({ problem: { field: 'phone', key: 'phoneInvalid' } });
  });
});

describe('stageDateProblems', () => {
  const none: StageDates = { appliedOn: null, activistOn: null, candidateOn: null, probationaryOn: null, fullOn: null };
  const full: StageDates = {
    appliedOn: '2015-03-01',
    activistOn: '2015-09-01',
    candidateOn: '2016-10-01',
    probationaryOn: '2017-01-15',
    fullOn: '2018-01-20',
  };
  const born = '1990-03-07';

  it('accepts every stage with the dates up to it and none after it', () => {
    memberStages.forEach((stage, i) => {
      const dates = Object.fromEntries(Object.entries(full).map(([k, v], j) => [k, j <= i ? v : null])) as StageDates;
      expect(stageDateProblems(stage, dates, born, today)).toEqual([]);
    });
  });

  it('asks for the date of a stage reached, and refuses one of a stage not reached', () => {
    expect(stageDateProblems('activist', { ...none, appliedOn: '2015-03-01' }, born, today)).toEqual([
      { field: 'activistOn', key: 'members.stageDateRequired' },
    ]);
    expect(stageDateProblems('candidate', { ...full, fullOn: null }, born, today)).toEqual([
      { field: 'probationaryOn', key: 'members.stageDateBeyondStage' },
    ]);
  });

  it('refuses a date before the previous stage’s, a date after today, and an applicant under 18', () => {
    expect(stageDateProblems('full', { ...full, candidateOn: '2015-08-31' }, born, today)).toEqual([
      { field: 'candidateOn', key: 'members.stageDateOrder' },
    ]);
    // The same day as the stage before it is in order.
    expect(stageDateProblems('full', { ...full, candidateOn: '2015-09-01' }, born, today)).toEqual([]);
    expect(stageDateProblems('full', { ...full, fullOn: '2026-05-02' }, born, today)).toEqual([
      { field: 'fullOn', key: 'dateInFuture' },
    ]);
    expect(stageDateProblems('applicant', { ...none, appliedOn: '2008-03-06' }, born, today)).toEqual([
      { field: 'appliedOn', key: 'members.applicantTooYoung', vars: { age: 18 } },
    ]);
    expect(stageDateProblems('applicant', { ...none, appliedOn: '2008-03-07' }, born, today)).toEqual([]);
  });
});

describe('checkNewMember', () => {
  const input = {
    name: '王建华',
    idNumber: man.toLowerCase(),
    ethnicity: '01',
    education: 'undergraduate' as const,
    occupation: 'salaried' as const,
    stage: 'probationary' as const,
    phone: '+86 137-0000-0000',
    address: ' 湖北省武汉市江岸区沿江大道 188 号 ',
    workplace: '江城市第一中学',
    note: '',
    appliedOn: '2015-03-01',
    activistOn: '2015-09-01',
    candidateOn: '2016-10-01',
    probationaryOn: '2017-01-15',
  };

  it('gives what the registry writes: facts read from the ID number, probation’s end, the personal data normalised', () => {
    expect(checkNewMember(input, today)).toEqual({
      member: {
        facts: {
          name: '王建华',
          gender: 'male',
          birthDate: '1990-03-07',
          ethnicity: '01',
          education: 'undergraduate',
          occupation: 'salaried',
          stage: 'probationary',
          appliedOn: '2015-03-01',
          activistOn: '2015-09-01',
          candidateOn: '2016-10-01',
          probationaryOn: '2017-01-15',
          fullOn: null,
          probationEndsOn: '2018-01-15',
          workplace: '江城市第一中学',
          note: '',
        },
        pii: { idNumber: man, phone: '13700000000', address: ' 湖北省武汉市江岸区沿江大道 188 号 ' },
      },
      problems: [],
    });
  });

  it('lists every problem in the order a form reports them: the ID number’s, the phone’s, then the dates’', () => {
    expect(checkNewMember({ ...input, gender: 'female', phone: '12345', fullOn: '2018-01-20' }, today)).toEqual({
      member: null,
      problems: [
        { field: 'gender', key: 'members.genderDisagrees' },
        { field: 'phone', key: 'phoneInvalid' },
      ],
    });
    expect(checkNewMember({ ...input, phone: '12345', fullOn: '2018-01-20' }, today).problems).toEqual([
      { field: 'phone', key: 'phoneInvalid' },
      { field: 'fullOn', key: 'members.stageDateBeyondStage' },
    ]);
    // Without a valid number there is no birth date to judge the applicant's age by: the dates wait for it.
    expect(checkNewMember({ ...input, idNumber: '12345', appliedOn: null }, today).problems).toEqual([
      { field: 'idNumber', key: 'members.idNumberFormat' },
    ]);
  });
});

describe('editProblem', () => {
  it('lets a member on the registry change anything, and one who left only the note', () => {
    expect(editProblem('active', ['name', 'phone'])).toBeNull();
    expect(editProblem('floating', ['address'])).toBeNull();
    expect(editProblem('deceased', ['note'])).toBeNull();
    expect(editProblem('withdrawn', ['note', 'workplace'])).toEqual({ field: 'workplace', key: 'members.memberLeft' });
  });
});

describe('leavingProblems', () => {
  const member = {
    status: 'active',
    stage: 'full',
    appliedOn: '2015-03-01',
    activistOn: '2015-09-01',
    candidateOn: '2016-10-01',
    probationaryOn: '2017-01-15',
    fullOn: '2018-01-20',
  };

  it('lets a member on the registry leave on a day between the last stage and today', () => {
    expect(leavingProblems(member, 'deceased', '2018-01-20', today)).toEqual([]);
    expect(leavingProblems({ ...member, status: 'floating' }, 'withdrawn', today, today)).toEqual([]);
  });

  it('keeps death final and nobody leaves twice', () => {
    for (const status of ['deceased', 'expelled', 'withdrawn', 'transferred', 'cancelled'])
      expect(leavingProblems({ ...member, status }, 'withdrawn', today, today)).toEqual([
        { field: 'status', key: 'members.memberNotCurrent' },
      ]);
  });

  it('expels only probationary and full members', () => {
    expect(leavingProblems({ ...member, stage: 'probationary', fullOn: null }, 'expelled', today, today)).toEqual([]);
    expect(leavingProblems({ ...member, stage: 'candidate' }, 'expelled', today, today)).toEqual([
      { field: 'status', key: 'members.expelOnlyMembers' },
    ]);
  });

  it('refuses a day after today or before the last stage reached', () => {
    expect(leavingProblems(member, 'deceased', '2026-05-02', today)).toEqual([{ field: 'on', key: 'dateInFuture' }]);
    expect(leavingProblems(member, 'deceased', '2018-01-19', today)).toEqual([
      { field: 'on', key: 'members.leftBeforeJoined' },
    ]);
  });
});
