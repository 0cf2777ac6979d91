// The unit map: each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, permissionProcedure, router, runTransaction } from '@strata/api';
import { locateUnit } from './locate-unit';
import { locateInput, locateOutput, mapUnitsInput, mapUnitsOutput } from './map-schemas';
import { mapUnits } from './map-units';

export const mapRouter = router({
  units: permissionProcedure('members.read')
    .input(mapUnitsInput)
    .output(checked(mapUnitsOutput))
    .query(({ ctx, input }) =>
      mapUnits(ctx.db, { scope: ctx.scope, unitId: input.unitId, figure: input.figure, now: ctx.now() }),
    ),

  // Setting where a unit is changes the unit itself: its managers do it, as they rename it.
  locate: permissionProcedure('unit.manage')
    .input(locateInput)
    .output(checked(locateOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) => locateUnit(tx, { scope: ctx.scope, actorId: ctx.session.user.id, input })),
    ),
});
