// A unit subtree's volunteer statistics for a year.
import { idInput } from '@strata/api';
import { z } from 'zod';

export const summaryInput = z.strictObject({ unitId: idInput, year: z.number().int().min(2000).max(2100) });

export const summaryResult = z.object({
  unit: z.object({ id: z.number().int(), name: z.string() }),
  year: z.number().int(),
  volunteers: z.number().int(),
  activeVolunteers: z.number().int(),
  activities: z.number().int(),
  approvedMinutes: z.number().int(),
  pendingMinutes: z.number().int(),
  months: z.array(z.object({ month: z.string(), minutes: z.number().int(), entries: z.number().int() })),
  children: z.array(
    z.object({
      unitId: z.number().int(),
      name: z.string(),
      volunteers: z.number().int(),
      activeVolunteers: z.number().int(),
      activities: z.number().int(),
      minutes: z.number().int(),
    }),
  ),
  teams: z.array(
    z.object({ teamId: z.number().int(), name: z.string(), unitName: z.string(), minutes: z.number().int() }),
  ),
});
export type Summary = z.output<typeof summaryResult>;
