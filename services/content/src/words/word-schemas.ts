import { idInput } from '@strata/api';
import { z } from 'zod';
import { body, byline, source, summary } from '../articles/article-schemas';
import { checkedFields } from './word-rules';

export const wordLevel = z.enum(['block', 'warn']);

/** A word, as a list shows it: a unit's own, or inherited from a unit above (which only that unit removes). */
export const wordRow = z.object({
  id: z.number().int(),
  word: z.string(),
  level: wordLevel,
  unitId: z.number().int(),
  unitName: z.string(),
  inherited: z.boolean(),
});

export const newWord = z.strictObject({
  unitId: idInput,
  word: z.string().trim().min(1).max(30),
  level: wordLevel,
});

/** The text an editor is about to submit, checked against the words where its column's unit lies. */
export const checkInput = z.strictObject({
  columnId: idInput,
  title: z.string().trim().max(100),
  summary: summary.default(''),
  body: body.or(z.literal('')).default(''),
  byline: byline.default(''),
  source: source.default(''),
});

export const fieldHit = z.object({
  field: z.enum(checkedFields),
  word: z.string(),
  level: wordLevel,
  before: z.string(),
  match: z.string(),
  after: z.string(),
});
