import { idInput, isRole } from '@strata/api';
import { z } from 'zod';

export const newGrant = z.strictObject({ userId: idInput, role: z.string().refine(isRole), unitId: idInput });
export type NewGrant = z.output<typeof newGrant>;
