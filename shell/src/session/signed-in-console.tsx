import { UnsavedChangesProvider } from '@strata/ui';
import { usePrefetchQuery } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { Me } from '../api-types';
import { remoteManifestQuery } from '../federation/use-remote-manifest';
import { ShellRoutes } from '../layout/shell-routes';
import { CurrentUnitProvider } from '../unit/current-unit';
import { ChangePasswordDialog } from './change-password-dialog';
import { SessionProvider, useMe } from './session-context';

/** Everything routed: one unsaved-changes guard above the console's pages and the forced password change. */
function RoutedConsole() {
  const me = useMe();
  // Until a password an admin set is changed, the server answers nothing else: show only the dialog.
  return (
    <UnsavedChangesProvider>
      {me.mustChangePassword ? (
        <ChangePasswordDialog open forced onClose={() => undefined} />
      ) : (
        <CurrentUnitProvider>
          <ShellRoutes />
        </CurrentUnitProvider>
      )}
    </UnsavedChangesProvider>
  );
}

// The router comes with the console: the sign-in page has one screen and no links. A data router, so forms
// can block leaving with unsaved changes; the console's routes are declared below it (ShellRoutes). Signing in
// again after a session ended finds it at the same URL.
const router = createBrowserRouter([{ path: '*', Component: RoutedConsole }]);

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
        <RouterProvider router={router} />
      </SessionProvider>
    </AntApp>
  );
}
