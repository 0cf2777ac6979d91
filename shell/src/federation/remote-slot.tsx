import { type RemoteAppProps, type RemoteManifestEntry, useAccess } from '@strata/ui';
import { Flex, Spin } from 'antd';
import { type ComponentType, lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RemoteErrorBoundary } from './remote-error-boundary';
import { remoteTitle } from './remote-title';
import { RemoteUnavailable } from './remote-unavailable';
import { defaultRemoteTimeoutMs, useRemoteManifest } from './use-remote-manifest';

type RemoteApp = ComponentType<RemoteAppProps>;

// One lazy component per remote and attempt, kept across navigations so the remote is not re-fetched.
const lazyApps = new Map<string, RemoteApp>();
const lazyApp = (remote: RemoteManifestEntry, attempt: number, timeoutMs: number): RemoteApp => {
  const key = `${remote.name}#${attempt}`;
  let app = lazyApps.get(key);
  if (!app) {
    app = lazy(() => import('./remote-registry').then((r) => r.loadRemoteApp(remote, attempt, timeoutMs)));
    lazyApps.set(key, app);
  }
  return app;
};
const attempts = new Map<string, number>();

type Props = { remote: RemoteManifestEntry; unitId: number };

/** Mounts one federated remote with its own Suspense, error boundary, time limit and retry. */
export function RemoteSlot({ remote, unitId }: Props) {
  const { t, i18n } = useTranslation('shell');
  const [attempt, setAttempt] = useState(() => attempts.get(remote.name) ?? 0);
  const title = remoteTitle(remote, t, i18n.language);
  const retry = () => {
    const next = attempt + 1;
    attempts.set(remote.name, next);
    setAttempt(next);
  };
  const timeoutMs = useRemoteManifest().data?.remoteTimeoutMs ?? defaultRemoteTimeoutMs;
  const App = lazyApp(remote, attempt, timeoutMs);
  const access = useAccess();
  if (remote.incompatible)
    return <RemoteUnavailable name={remote.name} title={title} onRetry={retry} incompatible={remote.incompatible} />;
  const loading = (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin description={t('remote.loading', { name: title })} data-testid="remote-loading" />
    </Flex>
  );
  return (
    <RemoteErrorBoundary
      key={`${remote.name}#${attempt}`}
      fallback={<RemoteUnavailable name={remote.name} title={title} onRetry={retry} />}
    >
      <Suspense fallback={loading}>
        <App basePath={remote.basePath} unitId={unitId} access={access} />
      </Suspense>
    </RemoteErrorBoundary>
  );
}
