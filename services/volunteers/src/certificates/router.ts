// The volunteers' certificates procedures: each parses its input, holds its permission and hands the work to a domain function.
import { actorOf, authedProcedure, checked, permissionProcedure, router, runTransaction } from '@strata/api';
import { z } from 'zod';
import { issueCertificate, listCertificates, revokeCertificate } from './certificates';
import {
  certificateFilter,
  certificatePage,
  issueInput,
  issueResult,
  ownCertificate,
  revokeInput,
} from './certificates-schemas';

const certify = permissionProcedure('volunteers.certify');

export const certificatesRouter = router({
  /** Issue a certificate of a volunteer's approved hours over a period, in the name of a unit above them. */
  issue: certify
    .input(issueInput)
    .output(checked(issueResult))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => issueCertificate(tx, actorOf(ctx), input))),
  /** A unit subtree's certificates, newest first. */
  list: permissionProcedure('volunteers.read')
    .input(certificateFilter)
    .output(checked(certificatePage))
    .query(({ ctx, input }) => listCertificates(ctx.db, ctx.scope, input)),
  /** Revoke a certificate (it stays, and verifies as revoked). */
  revoke: certify
    .input(revokeInput)
    .output(checked(z.object({ id: z.number().int() })))
    .mutation(({ ctx, input }) => runTransaction(ctx.db, (tx) => revokeCertificate(tx, actorOf(ctx), input))),
  /** The caller's own certificates. */
  mine: authedProcedure
    .input(z.strictObject({}))
    .output(checked(z.array(ownCertificate)))
    .query(({ ctx }) => ctx.system.volunteers.ownCertificates(ctx.session.user.id)),
});
