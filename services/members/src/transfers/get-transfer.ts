// One letter as either side reads it: its particulars, its state read against today, and the transferred member's
// card (who they are and where they stand in the lifecycle, the ID number masked: reveals go through the registry,
// audited). A letter neither side of which is in the caller's scope is a missing letter.
import type { Scope } from '@strata/api';
import type { MemberEducation, MemberGender, MemberStage } from '@strata/contract';
import type { Db } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { memberPiiFor } from '../members/member-pii';
import { transferNotFound } from './decide-transfer';
import { toTransferRow } from './list-transfers';
import { letterWithMember } from './transfer-page.sql';
import type { TransferOutput } from './transfer-schemas';

export async function getTransfer(db: Db, { scope, id, now }: { scope: Scope; id: number; now: Date }) {
  const roots = scope.roots('members.read');
  const letter = roots.length ? await letterWithMember(db, id, roots) : null;
  if (!letter) throw transferNotFound();
  const output: TransferOutput = {
    ...toTransferRow(letter, { scope, roots, today: calendarDay(now) }),
    reason: letter.reason,
    answer: letter.answer,
    decidedAt: letter.decidedAt,
    member: {
      name: letter.memberName,
      gender: letter.gender as MemberGender,
      birthDate: letter.birthDate,
      ethnicity: letter.ethnicity,
      education: letter.education as MemberEducation,
      stage: letter.stage as MemberStage,
      appliedOn: letter.appliedOn,
      activistOn: letter.activistOn,
      candidateOn: letter.candidateOn,
      probationaryOn: letter.probationaryOn,
      probationEndsOn: letter.probationEndsOn,
      fullOn: letter.fullOn,
      // Masked whoever reads it here: the sealed phone and address are not read at all.
      idNumber: memberPiiFor({ idNumber: letter.idNumber, phone: '', address: '' }, false).idNumber,
    },
  };
  return output;
}
