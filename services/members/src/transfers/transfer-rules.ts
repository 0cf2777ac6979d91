// The rules of a transfer letter (组织关系介绍信) and of a floating attachment, without a database. A letter is valid
// three months from its issue (six across provinces, which only a letter to an organisation outside the system can
// be: the system is one municipality); it goes to a branch or group of the system other than the member's own, or
// to an outside organisation, where the member leaves the registry at once. Expired is read against the day, never
// stored: issued, and today past its last valid day. The receiving side confirms or returns it while it is issued
// (confirming only while valid), the sending side cancels it; both see what the other may do.
import { memberLimits } from '@strata/contract';
import { monthsAfter } from '../lifecycle/lifecycle-rules';

export const transferStates = ['issued', 'confirmed', 'returned', 'cancelled', 'completed'] as const;
export type TransferState = (typeof transferStates)[number];
/** A letter's state as shown: its stored state, or `expired` for an issued letter past its last valid day. */
export const transferViews = ['issued', 'expired', 'confirmed', 'returned', 'cancelled', 'completed'] as const;
export type TransferView = (typeof transferViews)[number];

/** A letter's last valid day: three months after its issue, six across provinces. */
export const expiresOn = (issuedOn: string, crossProvince: boolean) =>
  monthsAfter(issuedOn, crossProvince ? memberLimits.transferMonthsCrossProvince : memberLimits.transferMonths);

/** The state as read on `today`: an issued letter past its last valid day is expired. */
export const stateAsOf = (letter: { state: string; expiresOn: string }, today: string): TransferView =>
  letter.state === 'issued' && today > letter.expiresOn ? 'expired' : (letter.state as TransferView);

/** What the caller may do with a letter: `sender` and `receiver` say where they hold members.transfer. */
export function transferActions(
  letter: { state: string; expiresOn: string; toUnitId: number | null },
  today: string,
  holds: { sender: boolean; receiver: boolean },
) {
  const issued = letter.state === 'issued';
  const receiving = issued && letter.toUnitId !== null && holds.receiver;
  return {
    confirm: receiving && stateAsOf(letter, today) === 'issued',
    return: receiving,
    cancel: issued && holds.sender,
  };
}

/** A letter number as a branch writes it by default: the year and the letter's number in it, "2026-0007". */
export const letterNumber = (year: string, sequence: number) => `${year}-${String(sequence).padStart(4, '0')}`;

/** The next number of the year after those the branch already wrote in that form (others are its own business). */
export function nextLetterNumber(year: string, taken: readonly string[]): string {
  const pattern = new RegExp(`^${year}-(\\d+)$`);
  const last = Math.max(0, ...taken.map((n) => Number(pattern.exec(n)?.[1] ?? 0)));
  return letterNumber(year, last + 1);
}

/** A letter as the audit log names it: its number and the member's name. */
export const transferLabel = (letterNo: string, memberName: string) => `${letterNo} ${memberName}`;

/** The kinds of unit a member can belong to, and so be transferred or attached to. */
export const memberUnitKinds = ['branch', 'group'] as const;

/** A unit of the system a letter or an attachment names, as read by its id (wherever it lies). */
export type NamedUnit = { id: number; name: string; kind: string; archived: boolean };

export type TransferRule =
  | 'memberNotCurrent'
  | 'destinationInvalid'
  | 'hostInvalid'
  | 'crossProvinceOutside'
  | 'dayInFuture'
  | 'transferOpen'
  | 'floatingOpen'
  | 'untilBeforeStart'
  | 'endBeforeStart';

export type TransferBreach = { field: string; rule: TransferRule; vars?: Record<string, string | number> };

/** A branch or group of the system, not archived, not the member's own: where a member may go or attach. */
const elsewhere = (unit: NamedUnit | null, memberUnitId: number) =>
  unit !== null &&
  !unit.archived &&
  unit.id !== memberUnitId &&
  (memberUnitKinds as readonly string[]).includes(unit.kind);

type Issue = {
  member: { unitId: number; status: string };
  /** The receiving unit read by `toUnitId` (null: none such), or undefined for an outside organisation. */
  destination: NamedUnit | null | undefined;
  crossProvince: boolean;
  issuedOn: string;
  today: string;
  /** The number of the member's letter still issued, if any. */
  openLetterNo: string | null;
};

/** The first rule issuing a letter breaks, or null. */
export function issueBreach(issue: Issue): TransferBreach | null {
  if (issue.member.status !== 'active' && issue.member.status !== 'floating')
    return { field: 'memberId', rule: 'memberNotCurrent' };
  if (issue.openLetterNo !== null)
    return { field: 'memberId', rule: 'transferOpen', vars: { letterNo: issue.openLetterNo } };
  if (issue.destination !== undefined) {
    if (!elsewhere(issue.destination, issue.member.unitId)) return { field: 'toUnitId', rule: 'destinationInvalid' };
    if (issue.crossProvince) return { field: 'crossProvince', rule: 'crossProvinceOutside' };
  }
  if (issue.issuedOn > issue.today) return { field: 'issuedOn', rule: 'dayInFuture', vars: { latest: issue.today } };
  return null;
}

type Attach = {
  member: { unitId: number; status: string };
  host: NamedUnit | null;
  startedOn: string;
  untilOn: string | undefined;
  today: string;
  /** Whether the member has an attachment still open. */
  attached: boolean;
};

/** A member on the active registry, not attached elsewhere already, attaches to another branch from a day. */
export function attachBreach(attach: Attach): TransferBreach | null {
  if (attach.attached || attach.member.status === 'floating') return { field: 'memberId', rule: 'floatingOpen' };
  if (attach.member.status !== 'active') return { field: 'memberId', rule: 'memberNotCurrent' };
  if (!elsewhere(attach.host, attach.member.unitId)) return { field: 'hostUnitId', rule: 'hostInvalid' };
  if (attach.startedOn > attach.today)
    return { field: 'startedOn', rule: 'dayInFuture', vars: { latest: attach.today } };
  if (attach.untilOn !== undefined && attach.untilOn <= attach.startedOn)
    return { field: 'untilOn', rule: 'untilBeforeStart', vars: { after: attach.startedOn } };
  return null;
}

/** An attachment ends on a day from its start to today. */
export function endBreach(startedOn: string, endedOn: string, today: string): TransferBreach | null {
  if (endedOn > today) return { field: 'endedOn', rule: 'dayInFuture', vars: { latest: today } };
  if (endedOn < startedOn) return { field: 'endedOn', rule: 'endBeforeStart', vars: { earliest: startedOn } };
  return null;
}
