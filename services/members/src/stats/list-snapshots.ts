// The years whose annual statistics were taken, and by whom, and whether the caller may take the last year that is
// over: it holds members.snapshot at the top unit and the year was not taken yet. The years belong to no unit (every
// reader counts its own subtree's rows), so anyone who reads members sees which were taken and the taker's name.
import type { Scope } from '@strata/api';
import type { Db } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { takenYears } from './list-snapshots.sql';
import { holdsSnapshot } from './snapshot-owner';
import type { SnapshotsOutput } from './stats-schemas';

export async function listSnapshots(db: Db, { scope, now }: { scope: Scope; now: Date }): Promise<SnapshotsOutput> {
  const years = await takenYears(db);
  const latest = Number(calendarDay(now).slice(0, 4)) - 1;
  const taken = years.some((y) => y.year === latest);
  return {
    years,
    latest: { year: latest, taken, mayTake: !taken && (await holdsSnapshot(db, scope)) },
  };
}
