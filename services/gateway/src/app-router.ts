// The merged router: one namespace per service. A process may mount a subset (see STRATA_SERVICES).
import { router } from '@strata/api';
import { contentRouter } from '@strata/service-content';
import { identityRouter } from '@strata/service-identity';

export const serviceRouters = { identity: identityRouter, content: contentRouter } as const;
export type ServiceName = keyof typeof serviceRouters;

export const appRouter = router(serviceRouters);
export type AppRouter = typeof appRouter;

export function routerFor(services: readonly ServiceName[]) {
  return router(Object.fromEntries(services.map((s) => [s, serviceRouters[s]])) as typeof serviceRouters);
}
