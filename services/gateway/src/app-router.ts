// The merged router: each team's router under its name. A process may mount a subset (see STRATA_SERVICES).
import { installTeams, type RoutersOf, router } from '@strata/api';
import { teams } from './teams';

export const serviceRouters = Object.fromEntries(teams.map((t) => [t.name, t.router])) as RoutersOf<typeof teams>;
export type ServiceName = keyof typeof serviceRouters;

export const appRouter = router(serviceRouters);
export type AppRouter = typeof appRouter;

export function routerFor(services: readonly ServiceName[]) {
  return router(Object.fromEntries(services.map((s) => [s, serviceRouters[s]])) as typeof serviceRouters);
}

// The teams' roles, labels, messages and per-unit defaults, checked and in force for this process.
export const composition = installTeams(teams);
