// The merged router: each team's router under its name. A process may mount a subset (see STRATA_SERVICES).
import { onUnitCreated, type RoutersOf, router } from '@strata/api';
import { teams } from './teams';

export const serviceRouters = Object.fromEntries(teams.map((t) => [t.name, t.router])) as RoutersOf<typeof teams>;
export type ServiceName = keyof typeof serviceRouters;

export const appRouter = router(serviceRouters);
export type AppRouter = typeof appRouter;

export function routerFor(services: readonly ServiceName[]) {
  return router(Object.fromEntries(services.map((s) => [s, serviceRouters[s]])) as typeof serviceRouters);
}

// Per-unit defaults of every team, run in the transaction that creates a unit.
for (const team of teams) if ('onUnitCreated' in team && team.onUnitCreated) onUnitCreated(team.onUnitCreated);
