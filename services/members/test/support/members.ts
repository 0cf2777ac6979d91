// Members for tests, written straight with the raw client (as an import or the demo would leave them), each with an
// ID number of its own that passes the check and agrees with its birth date and gender.
import '../../../../tests/support/test-keys';
import { naturalKey } from '@strata/api';
import { dayNumber, dayText } from '@strata/i18n/days';
import { idNumberFor } from '@strata/personal-data';
import type { TestEnv } from '../../../../tests/support/env';
import { uniqueName } from '../../../../tests/support/factories';
import { sealMemberPii } from '../../src/members/member-pii';

let made = 0;

export type MemberOptions = {
  name?: string;
  gender?: 'male' | 'female';
  birthDate?: string;
  ethnicity?: string;
  education?: string;
  occupation?: string;
  stage?: 'applicant' | 'activist' | 'candidate' | 'probationary' | 'full';
  status?: string;
  /** Defaults to a unique valid number for the birth date and gender; give one to test a lookup by it. */
  idNumber?: string;
  phone?: string;
  address?: string;
  appliedOn?: string | null;
  activistOn?: string | null;
  candidateOn?: string | null;
  probationaryOn?: string | null;
  probationEndsOn?: string | null;
  fullOn?: string | null;
  leftOn?: string | null;
};

/** The dates a member of `stage` has reached, each a year after the one before, ending with full membership. */
function stageDates(stage: MemberOptions['stage']) {
  const order = ['applicant', 'activist', 'candidate', 'probationary', 'full'];
  const reached = order.indexOf(stage ?? 'full');
  const at = (i: number, day: string) => (reached >= i ? day : null);
  return {
    appliedOn: at(0, '2019-03-01'),
    activistOn: at(1, '2019-06-01'),
    candidateOn: at(2, '2020-07-01'),
    probationaryOn: at(3, '2021-01-15'),
    probationEndsOn: at(3, '2022-01-15'),
    fullOn: at(4, '2022-01-20'),
  };
}

/** A member of `unitId` (a full member, active, unless told otherwise), and its ID number and phone in the clear. */
export async function addMember(env: TestEnv, unitId: number, opts: MemberOptions = {}) {
  made += 1;
  const gender = opts.gender ?? (made % 2 ? 'male' : 'female');
  const birthDate = opts.birthDate ?? `19${70 + (made % 25)}-0${1 + (made % 9)}-1${made % 9}`;
  const idNumber = opts.idNumber ?? idNumberFor('320102', birthDate, gender, (made * 7 + process.pid) % 500);
  const phone =
    opts.phone ??
    `137${String(made + process.pid * 1000)
      .padStart(8, '0')
      .slice(-8)}`;
  const name = opts.name ?? uniqueName('党员');
  const member = await env.db.member.create({
    data: {
      unitId,
      name,
      nameKey: naturalKey(name),
      gender,
      birthDate,
      ethnicity: opts.ethnicity ?? '01',
      education: opts.education ?? 'undergraduate',
      occupation: opts.occupation ?? 'salaried',
      stage: opts.stage ?? 'full',
      status: opts.status ?? 'active',
      ...stageDates(opts.stage),
      ...Object.fromEntries(
        (['appliedOn', 'activistOn', 'candidateOn', 'probationaryOn', 'probationEndsOn', 'fullOn', 'leftOn'] as const)
          .filter((k) => opts[k] !== undefined)
          .map((k) => [k, opts[k]]),
      ),
      ...sealMemberPii({ idNumber, phone, address: opts.address ?? '江苏省南京市玄武区中山路1号' }),
    },
  });
  return { ...member, clear: { idNumber, phone } };
}

let numbered = 0;
/**
 * Birth dates run over this many days from 1960 and start again (a test worker runs many files in one process, so the
 * count does not restart per file): everyone is born by 1979, of age for the stage dates the tests give. The count
 * and the days share no divisor with the 500 sequence numbers, so no birth date and sequence pair comes twice.
 */
const birthDays = 7001;

/**
 * A valid ID number no other call of this process gives (and none of addMember's: another area code), for a birth
 * date from 1960 to 1979, one day later each call, and the gender asked for; with that birth date.
 */
export function newIdNumber(gender: 'male' | 'female' = 'female') {
  numbered += 1;
  const birthDate = dayText(dayNumber('1960-01-01') + (numbered % birthDays));
  return { idNumber: idNumberFor('420102', birthDate, gender, numbered % 500), birthDate, gender };
}

/** What the registry's create takes for a full member of `unitId`: a fresh name and ID number, the stage dates. */
export function newMemberInput(unitId: number, overrides: Record<string, unknown> = {}) {
  const { idNumber } = newIdNumber();
  return {
    unitId,
    name: uniqueName('新党员'),
    idNumber,
    ethnicity: '01',
    education: 'undergraduate' as const,
    occupation: 'salaried' as const,
    phone: '',
    address: '',
    workplace: '',
    note: '',
    stage: 'full' as const,
    appliedOn: '2015-03-01',
    activistOn: '2015-09-01',
    candidateOn: '2016-10-01',
    probationaryOn: '2017-01-15',
    fullOn: '2018-01-20',
    ...overrides,
  };
}
