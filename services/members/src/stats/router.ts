// Statistics: the live figures of a unit's subtree (and the overview card's share of them, `stages`), and the frozen
// annual snapshot (taken once a year at the top unit, read per subtree by anyone who reads members).
import { checked, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { listSnapshots } from './list-snapshots';
import { liveStats } from './live-stats';
import { snapshotTables } from './snapshot-tables';
import { stageStats } from './stage-stats';
import {
  liveInput,
  liveOutput,
  snapshotsOutput,
  snapshotTablesInput,
  snapshotTablesOutput,
  stagesInput,
  stagesOutput,
  takeSnapshotInput,
  takeSnapshotOutput,
} from './stats-schemas';
import { takeSnapshot } from './take-snapshot';

const read = permissionProcedure('members.read');

export const statsRouter = router({
  live: read
    .input(liveInput)
    .output(checked(liveOutput))
    .query(({ ctx, input }) => liveStats(ctx.db, { scope: ctx.scope, input, now: ctx.now() })),

  stages: read
    .input(stagesInput)
    .output(checked(stagesOutput))
    .query(({ ctx, input }) => stageStats(ctx.db, { scope: ctx.scope, unitId: input.unitId, now: ctx.now() })),

  takeSnapshot: permissionProcedure('members.snapshot')
    .input(takeSnapshotInput)
    .output(checked(takeSnapshotOutput))
    .mutation(({ ctx, input }) =>
      runTransaction(ctx.db, (tx) =>
        takeSnapshot(tx, { scope: ctx.scope, actorId: ctx.session.user.id, year: input.year, now: ctx.now() }),
      ),
    ),

  snapshots: read
    .input(z.strictObject({}))
    .output(checked(snapshotsOutput))
    .query(({ ctx }) => listSnapshots(ctx.db, { scope: ctx.scope, now: ctx.now() })),

  snapshotTables: read
    .input(snapshotTablesInput)
    .output(checked(snapshotTablesOutput))
    .query(({ ctx, input }) => snapshotTables(ctx.db, { scope: ctx.scope, year: input.year, unitId: input.unitId })),
});
