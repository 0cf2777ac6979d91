// The reports' state in the URL: the period (from and to month), the unit opened below the current one, and the tab;
// a bad or missing period reads as this year to the last ended month, so a view can be reloaded and shared.
import { isMonth, monthsBetween, yearToDate } from '../common/months';

/** The longest period a report covers, in months (the server's `dues.periodOrder`). */
export const reportMaxMonths = 36;

export const reportTabs = ['summary', 'reconciliation'] as const;
export type ReportTab = (typeof reportTabs)[number];

export type Period = { from: string; to: string };

/** Why a period cannot be reported, or undefined: the last month before the first, or more than 36 months. */
export function periodProblem(from: string, to: string): 'toBeforeFrom' | 'spanTooLong' | 'monthInvalid' | undefined {
  if (!isMonth(from) || !isMonth(to)) return 'monthInvalid';
  const span = monthsBetween(from, to);
  if (span < 1) return 'toBeforeFrom';
  if (span > reportMaxMonths) return 'spanTooLong';
  return undefined;
}

export type ReportState = { period: Period; unit: number | undefined; tab: ReportTab };

/** The state the URL's parameters say on `today`; the unit only when it is an id other than the current unit. */
export function readReportParams(params: URLSearchParams, today: string, currentUnit: number): ReportState {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period = periodProblem(from, to) === undefined ? { from, to } : yearToDate(today);
  const unitText = params.get('unit') ?? '';
  const unit = /^[1-9]\d{0,9}$/.test(unitText) && Number(unitText) !== currentUnit ? Number(unitText) : undefined;
  const tab = reportTabs.find((t) => t === params.get('tab')) ?? 'summary';
  return { period, unit, tab };
}

type UnitLink = { id: number; parentId: number | null; name: string };

/**
 * The units from the current one down to the one opened, each a step back up; the current one alone when none is
 * opened, or when the one opened is not below it in the tree the reader sees.
 */
export function reportTrail(units: readonly UnitLink[], current: number, shown: number): UnitLink[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const steps: UnitLink[] = [];
  for (let id: number | null | undefined = shown; id !== null && id !== undefined; id = byId.get(id)?.parentId) {
    const unit = byId.get(id);
    if (!unit) break;
    steps.unshift(unit);
    if (id === current) return steps;
  }
  const top = byId.get(current);
  return top ? [top] : [];
}
