// A learner's rows as either side sees them: the learner's unit's (training.read, owned) or the course's unit's
// (training.teach, shared through `courseUnit`), and the procedure builder for what both sides read (one enrolment,
// the certificates). The builder's meta names training.read (the permission the scope suite and the registration
// read); a caller holding training.teach alone passes too, and either way every query takes `eitherSide(scope)`.
import { authedProcedure, forbidden, middleware, type Scope } from '@strata/api';
import { taught } from '../common/in-scope';

export const eitherSide = (scope: Scope) => ({ OR: [scope.ownedWhere('training.read'), taught(scope)] });

const holdsEitherSide = middleware(({ ctx, next }) => {
  if (!ctx.scope.has('training.read') && !ctx.scope.has('training.teach')) throw forbidden();
  return next();
});

/** Signed in, holding training.read or training.teach somewhere. */
export const eitherSideProcedure = authedProcedure.meta({ permission: 'training.read' }).use(holdsEitherSide);
