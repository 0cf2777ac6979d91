// A remote on its own, without the shell (`npm run dev -w @strata/app-<team>`, its index.html loads src/dev/main.tsx):
// the console's providers as the shell sets them up (i18next with every team's words, antd in Chinese, the guarded
// history, the tRPC client against the gateway's /trpc through Vite's proxy), and a bare sign-in and unit picker
// standing in for the shell's layout. Dev only: its few words are not translated. One harness for every remote.
import { createQueryClient, createStrataTrpcClient, TRPCProvider } from '@strata/client';
import type { AccessSnapshot, RemoteAppProps } from '@strata/contract';
import { defaultLocale, locales } from '@strata/i18n';
import { baseResources } from '@strata/i18n/resources';
import { QueryClientProvider, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Card, ConfigProvider, Flex, Form, Input, Layout, Select, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import i18next from 'i18next';
import { type ComponentType, StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next } from 'react-i18next';
import { unstable_HistoryRouter as HistoryRouter, Link, Navigate, Route, Routes } from 'react-router';
import { unitAccess } from '../access';
import { createGuardedHistory, type GuardedHistory } from '../guarded-history';
import { UnsavedChangesProvider } from '../unsaved-changes';

export type DevHarnessOptions = {
  /** The team, in the sign-in card's title. */
  team: string;
  /** The remote's root component, as the shell mounts it. */
  App: ComponentType<RemoteAppProps>;
  /** Vite's base (`import.meta.env.BASE_URL`): the harness serves the remote under `<base>dev/`. */
  base: string;
  /** The pages linked in the header, as paths under the remote (`map`); the first is where it opens. */
  pages: readonly string[];
};

type Me = { id: number; access: AccessSnapshot };
type TreeUnit = { id: number; name: string; path: string; depth: number };
/** The identity procedures the harness calls, as the console's client answers them (the remote's binding is typed). */
type IdentityClient = {
  identity: {
    auth: {
      me: { query: () => Promise<Me | null> };
      login: { mutate: (input: { username: string; password: string }) => Promise<unknown> };
    };
    units: { tree: { query: (input: Record<string, never>) => Promise<TreeUnit[]> } };
  };
};

function DevHarness({
  options,
  history,
  client,
}: {
  options: DevHarnessOptions;
  history: GuardedHistory;
  client: IdentityClient;
}) {
  const { team, App, pages } = options;
  const basePath = `${options.base.replace(/\/$/, '')}/dev`;
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: ['dev', 'me'], queryFn: () => client.identity.auth.me.query() });
  const units = useQuery({
    queryKey: ['dev', 'units'],
    queryFn: () => client.identity.units.tree.query({}),
    enabled: !!me.data,
  });
  const login = useMutation({
    mutationFn: (values: { username: string; password: string }) => client.identity.auth.login.mutate(values),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const [unitId, setUnitId] = useState<number>();
  const current = unitId ?? units.data?.[0]?.id;
  const access = useMemo(
    () => me.data && unitAccess(me.data.access, units.data ?? [], current, me.data.id),
    [me.data, units.data, current],
  );

  if (me.isLoading) return <Spin />;
  if (!me.data) {
    return (
      <Card title={`Strata ${team}: sign in`} style={{ maxWidth: 360, margin: '80px auto' }}>
        <Form layout="vertical" onFinish={(values: { username: string; password: string }) => login.mutate(values)}>
          <Form.Item name="username" label="Username" initialValue="admin">
            <Input />
          </Form.Item>
          <Form.Item name="password" label="Password" help={login.error?.message}>
            <Input.Password />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={login.isPending}>
            Sign in
          </Button>
        </Form>
      </Card>
    );
  }
  return (
    <UnsavedChangesProvider history={history}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ background: '#fff' }}>
          <Flex gap="middle" align="center" wrap>
            <Select
              style={{ width: 240 }}
              value={current}
              onChange={setUnitId}
              options={(units.data ?? []).map((u) => ({ value: u.id, label: `${'　'.repeat(u.depth)}${u.name}` }))}
            />
            {pages.map((page) => (
              <Link key={page} to={`${basePath}/${page}`}>
                {page}
              </Link>
            ))}
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {current !== undefined && access && (
            <Routes>
              <Route path={`${basePath}/*`} element={<App basePath={basePath} unitId={current} access={access} />} />
              <Route path="*" element={<Navigate to={`${basePath}/${pages[0] ?? ''}`} replace />} />
            </Routes>
          )}
        </Layout.Content>
      </Layout>
    </UnsavedChangesProvider>
  );
}

/** Draws the remote in the page's #root with the shell's providers and the harness around it. */
export function startDevHarness(options: DevHarnessOptions) {
  void i18next.use(initReactI18next).init({
    resources: baseResources,
    lng: new URLSearchParams(location.search).get('lng') ?? defaultLocale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  // The shell's kind of history, so the remote's forms can guard unsaved changes.
  const history = createGuardedHistory();
  const queryClient = createQueryClient();
  const trpcClient = createStrataTrpcClient();
  const root = document.getElementById('root');
  if (!root) throw new Error('dev harness: the page has no #root');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <ConfigProvider locale={zhCN}>
            <AntApp>
              <HistoryRouter history={history}>
                <DevHarness options={options} history={history} client={trpcClient as unknown as IdentityClient} />
              </HistoryRouter>
            </AntApp>
          </ConfigProvider>
        </TRPCProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
