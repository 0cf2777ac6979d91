// The registry as a caller reads it: members in the caller's scope (or one unit's subtree), filtered, sorted and a page
// at a time, through a scoped page whose plan follows what the caller sees. The list masks personal data on every row;
// an export page (a mutation, audited once per page) shows it where the caller holds members.pii at the row's unit.
import {
  type Context,
  mapPage,
  type Page,
  pageArgs,
  recordAudit,
  runTransaction,
  type Scope,
  scopedPage,
  toIso,
  withinPath,
} from '@strata/api';
import type { Db } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { membersMessage } from '../locales';
import { maskedMemberPii, maskMemberPii, memberLookupIndex, openMemberPii } from '../members/member-pii';
import { type ListedMember, type Lookups, listedMembers, memberSource } from './member-page.sql';
import { lookupIdNumber, phoneOf, refuse } from './member-rules';
import type { ExportRow, MemberFilter, MemberRow } from './registry-schemas';

/** The blind indexes an exact lookup searches for, from values checked first (a bad one is a field error). */
function lookupsOf(filter: MemberFilter, now: Date): Lookups {
  const lookups: Lookups = {};
  if (filter.idNumber) {
    const checked = lookupIdNumber(filter.idNumber, calendarDay(now));
    if ('problem' in checked) refuse([checked.problem]);
    lookups.idNumberIndex = memberLookupIndex('idNumber', checked.idNumber);
  }
  if (filter.phone) {
    const checked = phoneOf(filter.phone);
    if ('problem' in checked) refuse([checked.problem]);
    lookups.phoneIndex = memberLookupIndex('phone', checked.phone);
  }
  return lookups;
}

/** One page of the members the filter names, read as `rows` says, in the caller's members.read scope. */
async function memberPage(db: Db, scope: Scope, filter: MemberFilter, now: Date, withAddress: boolean) {
  const lookups = lookupsOf(filter, now);
  const within = await withinPath(db, scope, 'members.read', filter.unitId);
  const page = await scopedPage(db, {
    scope,
    permission: 'members.read',
    within,
    source: memberSource(filter, lookups),
    ...pageArgs(filter),
    rows: listedMembers(withAddress),
  });
  return { page, within };
}

/** The listed fields of a member, with the personal data given (masked or in the clear). */
function rowOf(m: ListedMember, pii: { idNumber: string; phone: string }): MemberRow {
  return {
    id: m.id,
    unitId: m.unitId,
    unitName: m.unitName,
    name: m.name,
    gender: m.gender as MemberRow['gender'],
    birthDate: m.birthDate,
    ethnicity: m.ethnicity,
    education: m.education as MemberRow['education'],
    occupation: m.occupation as MemberRow['occupation'],
    stage: m.stage as MemberRow['stage'],
    status: m.status as MemberRow['status'],
    appliedOn: m.appliedOn,
    activistOn: m.activistOn,
    candidateOn: m.candidateOn,
    probationaryOn: m.probationaryOn,
    probationEndsOn: m.probationEndsOn,
    fullOn: m.fullOn,
    idNumber: pii.idNumber,
    phone: pii.phone,
    updatedAt: toIso(m.updatedAt),
  };
}

export async function listMembers(db: Db, scope: Scope, filter: MemberFilter, now: Date): Promise<Page<MemberRow>> {
  const { page } = await memberPage(db, scope, filter, now, false);
  return mapPage(page, (m) => rowOf(m, maskedMemberPii(m)));
}

/** Who exports: the scope, the account, the clock, and the words of the entry's label in the caller's language. */
type Exporter = { scope: Scope; actorId: number; now: Date; t: Context['t'] };

/**
 * One page of an export with personal data: each row in the clear where the caller holds members.pii at its unit,
 * masked elsewhere. The page is read first; its audit entry (who exported how many members, and which fields; never
 * the values, nor the filter's lookups) is written before any of it is answered, so a page without its entry is never
 * sent. The entry belongs to the unit the list is narrowed to, else to the caller's top unit for the registry.
 */
export async function exportMembers(db: Db, exporter: Exporter, filter: MemberFilter): Promise<Page<ExportRow>> {
  const { scope, actorId, now, t } = exporter;
  const { page, within } = await memberPage(db, scope, filter, now, true);
  let inClear = 0;
  const exported = mapPage(page, (m): ExportRow => {
    const revealed = scope.covers('members.pii', m.unitPath);
    if (revealed) inClear += 1;
    const pii = openMemberPii(m);
    const shown = revealed ? pii : maskMemberPii(pii);
    return { ...rowOf(m, shown), address: shown.address, revealed };
  });
  const count = exported.items.length;
  // The caller holds members.pii somewhere (the procedure's permission): that is where an entry goes when the
  // registry's own scope reaches nothing (then the page was empty).
  const [readRoot] = scope.roots('members.read', within);
  const [root, permission] = readRoot
    ? [readRoot, 'members.read' as const]
    : [scope.paths('members.pii')[0], 'members.pii' as const];
  await runTransaction(db, async (tx) => {
    const unit = await tx.unit.findFirstOrThrow({
      where: { path: root ?? '', ...scope.unitWhere(permission) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId,
      unitId: unit.id,
      action: 'member.reveal',
      entity: 'Member',
      entityId: `export:${unit.id}`,
      label: t(`errors:${membersMessage('exportLabel')}`, { count }),
      after: { rows: count, inClear, page: filter.page, revealed: inClear ? ['idNumber', 'phone', 'address'] : [] },
    });
  });
  return exported;
}
