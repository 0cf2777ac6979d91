// The certificates area's procedures: each parses its input, holds its permission and hands the work to a domain
// function (the caller's own certificates to an operation that finds them by their account).
import { actorOf, authedProcedure, checked, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { eitherSideProcedure } from '../enrolments/either-side';
import { listCertificates, revokeCertificate } from './certificates';
import { certificateFilter, certificatePage, ownCertificate, revokeInput, revokeResult } from './certificates-schemas';

export const certificatesRouter = router({
  /** The caller's own training certificates. */
  mine: authedProcedure
    .input(z.strictObject({}))
    .output(checked(z.array(ownCertificate)))
    .query(({ ctx }) => ctx.system.training.ownTrainingCertificates(ctx.session.user.id)),
  /** Certificates of the people of the units in scope, or of the courses they run, newest first. */
  list: eitherSideProcedure
    .input(certificateFilter)
    .output(checked(certificatePage))
    .query(({ ctx, input }) => listCertificates(ctx.db, ctx.scope, input)),
  /** Revoke a certificate of a course one's unit runs, with the reason (it stays, and verifies as revoked). */
  revoke: permissionProcedure('training.manage')
    .input(revokeInput)
    .output(checked(revokeResult))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => revokeCertificate(tx, actorOf(ctx), input))),
});
