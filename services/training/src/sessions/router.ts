// The sessions area's procedures: each parses its input, holds its permission and hands the work to a domain function.
import { router } from '@strata/api';

export const sessionsRouter = router({});
