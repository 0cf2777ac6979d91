// Each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, idInput, permissionProcedure, router } from '@strata/api';
import { z } from 'zod';
import { summariseUnit } from './summarise-unit';

export const overviewRouter = router({
  summary: permissionProcedure('members.read')
    .input(z.strictObject({ unitId: idInput }))
    .output(checked(z.strictObject({ unitId: z.number(), units: z.number() })))
    .query(({ ctx, input }) => summariseUnit(ctx.db, { scope: ctx.scope, unitId: input.unitId })),
});
