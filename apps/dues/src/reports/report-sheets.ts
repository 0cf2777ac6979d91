// The reports as sheets: the summary (each child's subtree, or each member of a branch, then the total) and the
// reconciliation (each child's sent, received, difference, unconfirmed count and months not sent, then the total),
// amounts in yuan from whole fen, headers in the words of the language `t` speaks.
import { formatFen } from '@strata/contract';
import type { XlsxSheet } from '@strata/ui/list-page';
import type { TFunction } from 'i18next';
import type { Reconciliation, Summary, SummaryFigures } from '../common/api-types';
import { formatMonth } from '../common/month-text';

/** The figures a unit's line shows, in order. */
export const unitFigures = [
  'assessed',
  'reduced',
  'paid',
  'left',
  'collected',
  'extra',
  'remitted',
  'received',
] as const;
/** The figures a member's line shows. */
export const memberFigures = ['assessed', 'reduced', 'paid', 'left'] as const;
export type Figure = (typeof unitFigures)[number];

export const fenOf = (figures: Partial<SummaryFigures>, figure: Figure) => figures[`${figure}Fen`] ?? 0;

/** Whether the summary lists members (a branch or group: no units below it) rather than child units. */
export const listsMembers = (summary: Summary) =>
  summary.children.length === 0 && (summary.members.length > 0 || ['branch', 'group'].includes(summary.unit.kind));

export function summarySheet(summary: Summary, t: TFunction): XlsxSheet {
  const c = (key: string) => t(`dues:reports.columns.${key}`);
  const name = `${t('dues:reports.fileName.summary')} ${summary.unit.name}`;
  if (listsMembers(summary)) {
    return {
      name,
      header: [c('member'), ...memberFigures.map(c)],
      body: [
        ...summary.members.map((m) => [m.name, ...memberFigures.map((f) => formatFen(fenOf(m, f)))]),
        [t('dues:reports.total'), ...memberFigures.map((f) => formatFen(fenOf(summary.totals, f)))],
      ],
    };
  }
  return {
    name,
    header: [c('unit'), ...unitFigures.map(c)],
    body: [
      ...summary.children.map((u) => [u.name, ...unitFigures.map((f) => formatFen(fenOf(u, f)))]),
      [t('dues:reports.total'), ...unitFigures.map((f) => formatFen(fenOf(summary.totals, f)))],
    ],
  };
}

export function reconciliationSheet(reconciliation: Reconciliation, t: TFunction, language: string): XlsxSheet {
  const c = (key: string) => t(`dues:reports.reconciliation.columns.${key}`);
  const rows = reconciliation.rows;
  return {
    name: `${t('dues:reports.fileName.reconciliation')} ${reconciliation.unit.name}`,
    header: [c('child'), c('sent'), c('received'), c('difference'), c('unreceived'), c('missing')],
    body: [
      ...rows.map((r) => [
        r.childName,
        formatFen(r.sentFen),
        formatFen(r.receivedFen),
        formatFen(r.differenceFen),
        r.unreceived,
        r.missing.map((m) => formatMonth(m, language)).join(t('dues:separator')),
      ]),
      [
        t('dues:reports.total'),
        formatFen(reconciliation.sentFen),
        formatFen(reconciliation.receivedFen),
        formatFen(reconciliation.receivedFen - reconciliation.sentFen),
        rows.reduce((sum, r) => sum + r.unreceived, 0),
        '',
      ],
    ],
  };
}
