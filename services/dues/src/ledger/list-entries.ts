// A unit's books, page by page in entry order (newest first by default), filtered by dues month, kind or member;
// each row with the member's and recorder's names, and the entry that corrects it, if one does.
import { type Scope, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';
import type { z } from 'zod';
import type { entryFilter, entryRow } from '../dues-schemas';
import type { EntryKind } from './entries';
import { entryCount, entryPage } from './entry-page.sql';

export async function listEntries(db: Db, scope: Scope, input: z.output<typeof entryFilter>) {
  const unit = await unitInScope(db, scope, 'dues.read', input.unitId);
  const { month, kind, memberId } = input;
  const [total, rows] = await Promise.all([
    entryCount(db, unit, { month, kind, memberId }),
    entryPage(
      db,
      unit,
      { month, kind, memberId },
      { offset: (input.page - 1) * input.pageSize, limit: input.pageSize, ascending: input.order === 'ascend' },
    ),
  ]);
  const items: z.output<typeof entryRow>[] = rows.map((row) => ({ ...row, kind: row.kind as EntryKind }));
  return { items, total, totalIsBound: false };
}
