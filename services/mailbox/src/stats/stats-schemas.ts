// The statistics' input (a unit and a period of calendar days) and answer: the figures of the letters received in
// the period, for the unit's whole subtree, by kind, for each child unit (the ranking) and month by month, and those of
// the topics posted on the members' boards of the same units, in total and for each child unit.
import { idInput } from '@strata/api';
import { isIsoDate } from '@strata/calendar';
import { z } from 'zod';
import { letterKind } from '../letters/letter-schemas';
import { mailboxMessage } from '../locales';

/** At most five years at once: 60 months of trend. */
export const statsMaxMonths = 60;

const day = z.string().refine(isIsoDate, { params: { key: mailboxMessage('dateInvalid') } });

/** Months from the first to the last day's month, both counted ('2026-01-05'..'2026-03-01' is 3). */
export const monthsSpanned = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

export const statsInput = z
  .strictObject({
    /** The unit whose subtree is counted; the caller's first unit when left out. */
    unitId: idInput.optional(),
    /** First and last calendar day of the period (Asia/Shanghai), both included. */
    from: day,
    to: day,
  })
  .superRefine((input, ctx) => {
    if (!isIsoDate(input.from) || !isIsoDate(input.to)) return;
    if (input.to < input.from)
      ctx.addIssue({ code: 'custom', path: ['to'], params: { key: mailboxMessage('periodReversed') } });
    else if (monthsSpanned(input.from, input.to) > statsMaxMonths)
      ctx.addIssue({ code: 'custom', path: ['to'], params: { key: mailboxMessage('periodTooLong') } });
  });
export type StatsInput = z.infer<typeof statsInput>;

const count = z.number().int().nonnegative();
const rate = z.number().min(0).max(1).nullable();

/**
 * What happened to the letters received in the period, as of now. `answered` = `onTime` + `late`; `overdue` are
 * letters still waiting past their deadline; `replyDays` the average working days a reply took; the rates are
 * null when nothing was there to rate.
 */
export const letterFigures = z.object({
  received: count,
  answered: count,
  onTime: count,
  late: count,
  open: count,
  overdue: count,
  rejected: count,
  replyDays: z.number().nonnegative().nullable(),
  rated: count,
  satisfied: count,
  basic: count,
  dissatisfied: count,
  /** On time among the letters whose deadline has been met or missed (answered, or open past it). */
  onTimeRate: rate,
  /** Satisfied or basically satisfied among the rated. */
  satisfactionRate: rate,
});
export type LetterFigures = z.infer<typeof letterFigures>;

/**
 * What happened to the board topics posted in the period (hidden ones aside), as of now: `answered` (by the unit, on
 * time when before the deadline) and `unanswered`, of which `overdue` are past their deadline.
 */
export const boardFigures = z.object({
  created: count,
  answered: count,
  answeredOnTime: count,
  unanswered: count,
  overdue: count,
  /** Answered on time among the topics whose deadline has been met or missed (answered, or unanswered past it). */
  onTimeRate: rate,
});
export type BoardFigures = z.infer<typeof boardFigures>;

export const statsOutput = z.object({
  unit: z.object({ id: z.number().int(), name: z.string() }),
  from: z.string(),
  to: z.string(),
  totals: letterFigures,
  /** The subtree's letters open past their deadline now, whenever received (the letter list's overdue view). */
  overdueNow: count,
  byKind: z.array(z.object({ kind: letterKind, figures: letterFigures })),
  /** Each child unit's subtree (its own letters and those below it), in the tree's order. */
  children: z.array(
    z.object({ unitId: z.number().int(), name: z.string(), figures: letterFigures, overdueNow: count }),
  ),
  /** Month by month ('2026-03'), every month of the period, empty ones too. */
  months: z.array(
    z.object({ month: z.string(), received: count, onTime: count, late: count, overdue: count, rejected: count }),
  ),
  /** The members' boards of the subtree: in total, and each child unit's subtree (the same units as `children`). */
  board: z.object({
    totals: boardFigures,
    children: z.array(z.object({ unitId: z.number().int(), name: z.string(), figures: boardFigures })),
  }),
});
export type StatsOutput = z.infer<typeof statsOutput>;
