// The unit a report is about, looked up through the caller's scope for training.read: one outside it is answered
// exactly as a missing one, in the reports' own words.
import { AppError, type Scope, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';
import { trainingMessage } from '../locales';

export async function reportUnit(db: Db, scope: Scope, unitId: number) {
  try {
    return await unitInScope(db, scope, 'training.read', unitId);
  } catch (e) {
    if (e instanceof AppError && e.key === 'notFound')
      throw new AppError('NOT_FOUND', trainingMessage('reportUnitNotFound'));
    throw e;
  }
}
