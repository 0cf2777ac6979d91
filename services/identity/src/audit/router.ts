// The audit log, read within the caller's scope (entries are written by each mutation, see recordAudit).
import { checked, pageOf, permissionProcedure, router } from '@strata/api';
import { z } from 'zod';
import { auditActor, auditActorsInput, auditFilter, auditRow } from './audit-schemas';
import { listAuditActors } from './list-audit-actors';
import { listAuditEntries } from './list-audit-entries';

export const auditRouter = router({
  list: permissionProcedure('audit.read')
    .input(auditFilter)
    .output(checked(pageOf(auditRow)))
    .query(({ ctx, input }) => listAuditEntries(ctx.db, { scope: ctx.scope, filter: input })),
  actors: permissionProcedure('audit.read')
    .input(auditActorsInput)
    .output(checked(z.array(auditActor)))
    .query(({ ctx, input }) => listAuditActors(ctx.db, { scope: ctx.scope, input })),
});
