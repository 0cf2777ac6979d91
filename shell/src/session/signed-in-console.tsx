import { UnsavedChangesProvider } from '@strata/ui';
import { usePrefetchQuery } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import type { Me } from '../api-types';
import { remoteManifestQuery } from '../federation/use-remote-manifest';
import { ShellRoutes } from '../layout/shell-routes';
import { CurrentUnitProvider } from '../unit/current-unit';
import { ChangePasswordDialog } from './change-password-dialog';
import { SessionProvider } from './session-context';

/**
 * The console for a signed-in user, loaded apart from the sign-in page (see SessionGate), with what only it
 * needs: antd's App (message and modal hooks) and one unsaved-changes guard above everything routed (the
 * console's pages and the forced password change).
 */
export default function SignedInConsole({ me }: { me: Me }) {
  // The routes wait for the unit tree; the manifest (which remotes, where) need not wait with them.
  usePrefetchQuery(remoteManifestQuery);
  // Until a password an admin set is changed, the server answers nothing else: show only the dialog.
  return (
    <AntApp>
      <UnsavedChangesProvider>
        <SessionProvider me={me}>
          {me.mustChangePassword ? (
            <ChangePasswordDialog open forced onClose={() => undefined} />
          ) : (
            <CurrentUnitProvider>
              <ShellRoutes />
            </CurrentUnitProvider>
          )}
        </SessionProvider>
      </UnsavedChangesProvider>
    </AntApp>
  );
}
