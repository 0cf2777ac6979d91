// A team plugs into Strata through one registration object, exported by its service. The gateway, the
// runtime manifest and the test suites compose the registrations, so adding a team touches its own folders
// and one line (services/gateway/src/teams.ts), not a central file per concern.
import type { RemoteManifestEntry } from '@strata/contract';
import type { Db, Tx, Unit } from '@strata/db';
import type { AnyRouter } from '@trpc/server';

/** A team's federated remote as the gateway serves it: the manifest entry without its URL, plus its build. */
export type RemoteApp = Omit<RemoteManifestEntry, 'entry'> & {
  /** Its build output, relative to the repository root. */
  dist: string;
};

export type TeamRegistration<Name extends string = string, Router extends AnyRouter = AnyRouter> = {
  /** The service's name: its procedures live under `<name>.` and STRATA_SERVICES names it. */
  name: Name;
  router: Router;
  /** Its operations across scopes, bound once to the raw client (see system.ts). */
  system?: (db: Db) => object;
  /** Per-unit defaults a new unit gets, inside the transaction that creates it. */
  onUnitCreated?: (tx: Tx, unit: Unit) => Promise<void>;
  /** Its front-end, offered while the service is mounted. */
  remote?: RemoteApp;
};

/** Declares a team's registration; the literal name keeps the merged router typed per team. */
export const defineTeam = <Name extends string, Router extends AnyRouter>(team: TeamRegistration<Name, Router>) => team;

/** The merged router's shape: each team's router under its name. */
export type RoutersOf<Teams extends readonly TeamRegistration[]> = {
  [Team in Teams[number] as Team['name']]: Team['router'];
};
