// The registry's people as `members.registry.list` and `members.registry.get` answer them, for the tests: a man of the
// first branch (./units) on the registry, his personal data masked as the server sends it; each test changes the rest.
import type { MemberStage } from '@strata/contract';
import type { MemberProfile, MemberRow } from '../common/api-types';
import { firstBranch } from './units';

/** A registry row: born 1980, on probation from 2007-07-01 and full from 2008-07-01 where the stage has those days. */
export function memberRow(id: number, name: string, stage: MemberStage, change: Partial<MemberRow> = {}): MemberRow {
  return {
    id,
    unitId: firstBranch,
    unitName: '城关一支部',
    name,
    gender: 'male',
    birthDate: '1980-05-12',
    ethnicity: '01',
    education: 'undergraduate',
    occupation: 'salaried',
    stage,
    status: 'active',
    appliedOn: null,
    activistOn: null,
    candidateOn: null,
    probationaryOn: stage === 'probationary' || stage === 'full' ? '2007-07-01' : null,
    probationEndsOn: null,
    fullOn: stage === 'full' ? '2008-07-01' : null,
    idNumber: '110***********1234',
    phone: '138****5678',
    updatedAt: '2026-03-02T02:00:00.000Z',
    ...change,
  };
}

/** Member 3's profile: 张建国, a full member with every stage's day, the reader free to reveal and edit, its lists empty. */
export function memberProfile(change: Partial<MemberProfile> = {}): MemberProfile {
  return {
    ...memberRow(3, '张建国', 'full'),
    appliedOn: '2005-03-01',
    activistOn: '2005-09-01',
    candidateOn: '2006-10-01',
    probationEndsOn: '2008-07-01',
    leftOn: null,
    workplace: '城关镇人民政府',
    note: '',
    address: '城关镇****',
    canReveal: true,
    canEdit: true,
    accountLinked: false,
    account: null,
    createdAt: '2026-01-05T02:00:00.000Z',
    timeline: [],
    sponsors: [],
    transfers: [],
    floatings: [],
    ...change,
  };
}
