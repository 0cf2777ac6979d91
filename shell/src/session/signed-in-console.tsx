import { createGuardedHistory, UnsavedChangesProvider } from '@strata/ui';
import { usePrefetchQuery } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { unstable_HistoryRouter as HistoryRouter } from 'react-router';
import type { Me } from '../api-types';
import { remoteManifestQuery } from '../federation/use-remote-manifest';
import { ShellRoutes } from '../layout/shell-routes';
import { CurrentUnitProvider } from '../unit/current-unit';
import { ChangePasswordOnDemand } from './change-password-on-demand';
import { SessionProvider, useMe } from './session-context';

/** Everything routed: one unsaved-changes guard above the console's pages and the forced password change. */
function RoutedConsole() {
  const me = useMe();
  // Until a password an admin set is changed, the server answers nothing else: show only the dialog.
  return (
    <UnsavedChangesProvider history={history}>
      {me.mustChangePassword ? (
        <ChangePasswordOnDemand open forced onClose={() => undefined} />
      ) : (
        <CurrentUnitProvider>
          <ShellRoutes />
        </CurrentUnitProvider>
      )}
    </UnsavedChangesProvider>
  );
}

// The router comes with the console: the sign-in page has one screen and no links. A declarative router on a
// history that lets forms guard leaving with unsaved changes (no data router: the console loads no route data);
// the console's routes are declared below it (ShellRoutes). Signing in again after a session ended finds it at
// the same URL.
const history = createGuardedHistory();

/**
 * The console for a signed-in user, loaded apart from the sign-in page (see SessionGate), with what only it
 * needs: the router and antd's App (message and modal hooks).
 */
export default function SignedInConsole({ me }: { me: Me }) {
  // The routes wait for the unit tree; the manifest (which remotes, where) need not wait with them.
  usePrefetchQuery(remoteManifestQuery);
  return (
    <AntApp>
      <SessionProvider me={me}>
        <HistoryRouter history={history}>
          <RoutedConsole />
        </HistoryRouter>
      </SessionProvider>
    </AntApp>
  );
}
