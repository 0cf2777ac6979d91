// The official schedules shipped with the code, by year: a starting point and a test fixture. The schedule in
// force is whatever the municipal admin has entered in the database, which may differ (or add next year first).

import type { DayOverride } from '../working-calendar';
import { official2026 } from './2026';

export { official2026 };

export const officialSchedules: Readonly<Record<number, readonly DayOverride[]>> = Object.freeze({
  2026: official2026,
});
