// The member's own statement, across scopes: a member's account holds no dues grant, so their statement is read by
// the account's link to its member (`Member.accountId`), never by an id the browser sends.
import { AppError, trustedUnit } from '@strata/api';
import type { Db } from '@strata/db';
import { duesMessage } from '../locales';
import { duesMemberColumns } from '../members/dues-member';
import { statementOf } from './member-statement';

export const statementSystem = (db: Db) => ({
  /** The statement of the member whose account `accountId` is; not found when the account is no member's. */
  async ownStatement(accountId: number, now: Date, year?: number) {
    const member = await db.member.findUnique({ where: { accountId }, select: duesMemberColumns });
    if (!member) throw new AppError('NOT_FOUND', duesMessage('noMemberAccount'));
    const unit = await db.unit.findUniqueOrThrow({ where: { id: member.unitId } });
    return statementOf(db, trustedUnit(unit), member, now, year);
  },
});
