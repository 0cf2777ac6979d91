// The dues remote's cards on the user's own page (listed by services/dues/src/team.ts with `home: 'own'`): data the
// shell draws, built into one file of its own like widgets.ts, importing nothing (remoteViteConfig), and fetched only
// when that page is shown.
import {
  formatFen,
  isNotFound,
  type WidgetContext,
  type WidgetData,
  type WidgetModule,
  widgetWords,
} from '@strata/contract';
import { formatCalendarDay } from '@strata/i18n/days';
import { formatMonth } from './common/month-text';
import type { RouterOutputs } from './trpc';

type Statement = RouterOutputs['dues']['statements']['mine'];

/** The card's words, as 我的党费 says them. */
const words = {
  'zh-CN': {
    owed: '当前欠缴',
    paidYear: '今年已缴',
    monthly: '每月应缴',
    owedMonths: '欠缴月份',
    payments: '最近缴纳',
    nothingOwed: '没有欠缴',
    money: (fen: number) => `${formatFen(fen)} 元`,
    mine: '查看我的党费',
  },
  'en-US': {
    owed: 'Owed now',
    paidYear: 'Paid this year',
    monthly: 'Monthly dues',
    owedMonths: 'Months owed',
    payments: 'Last payments',
    nothingOwed: 'Nothing owed',
    money: (fen: number) => `¥${formatFen(fen)}`,
    mine: 'Open my dues',
  },
};

/**
 * The caller's own dues, from their statement (我的党费, statements.mine): what they owe now (the months before this
 * one left unpaid), what they paid this year (receipts dated this year, less those taken back), what a month makes
 * under their base; the months still owed, oldest first, or when nothing is, their last payments. Null when the
 * account is no member's (the service's not found); any other error fails the card.
 */
async function mine({ locale, today, query }: WidgetContext): Promise<WidgetData | null> {
  const w = widgetWords(words, locale);
  let statement: Statement;
  try {
    statement = (await query('dues.statements.mine', {})) as Statement;
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
  const { arrears } = statement;
  const payments = statement.payments.filter((p) => !p.reversed);
  const path = '/dues/mine';
  const owing = arrears.months.length > 0;
  return {
    figures: [
      { label: w.owed, value: arrears.totalFen, format: 'fen' },
      {
        label: w.paidYear,
        value: payments.reduce((sum, p) => (p.paidOn.startsWith(today.slice(0, 5)) ? sum + p.amountFen : sum), 0),
        format: 'fen',
      },
      { label: w.monthly, value: statement.base?.dueFen ?? null, format: 'fen' },
    ],
    list: {
      label: owing ? w.owedMonths : w.payments,
      items: owing
        ? arrears.months.slice(0, 5).map((m) => ({
            title: formatMonth(m.month, locale),
            path,
            meta: w.money(m.leftFen),
            tone: 'danger' as const,
          }))
        : payments.slice(0, 5).map((p) => ({
            title: w.money(p.amountFen),
            path,
            meta: formatCalendarDay(p.paidOn, locale),
            tone: 'success' as const,
          })),
      empty: w.nothingOwed,
    },
    link: { label: w.mine, path },
  };
}

export const widgets: WidgetModule['widgets'] = { mine: { load: mine } };
