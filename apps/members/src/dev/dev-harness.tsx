import { type GuardedHistory, UnsavedChangesProvider, unitAccess } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Input, Layout, Select, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import MembersApp from '../app';
import { useTRPC } from '../trpc';

const basePath = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/dev`;

/** Dev only (not translated): a bare login and unit picker standing in for the shell. */
export function DevHarness({ history }: { history: GuardedHistory }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.identity.auth.me.queryOptions());
  const units = useQuery({ ...trpc.identity.units.tree.queryOptions({}), enabled: !!me.data });
  const login = useMutation(
    trpc.identity.auth.login.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }),
  );
  const [unitId, setUnitId] = useState<number>();
  const current = unitId ?? units.data?.[0]?.id;
  const access = useMemo(
    () => me.data && unitAccess(me.data.access, units.data ?? [], current, me.data.id),
    [me.data, units.data, current],
  );

  if (me.isLoading) return <Spin />;
  if (!me.data) {
    return (
      <Card title="Strata members: sign in" style={{ maxWidth: 360, margin: '80px auto' }}>
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
          <Flex gap="middle" align="center">
            <Select
              style={{ width: 240 }}
              value={current}
              onChange={setUnitId}
              options={(units.data ?? []).map((u) => ({ value: u.id, label: `${'　'.repeat(u.depth)}${u.name}` }))}
            />
            <Link to={`${basePath}/map`}>map</Link>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {current !== undefined && access && (
            <Routes>
              <Route
                path={`${basePath}/*`}
                element={<MembersApp basePath={basePath} unitId={current} access={access} />}
              />
              <Route path="*" element={<Navigate to={`${basePath}/map`} replace />} />
            </Routes>
          )}
        </Layout.Content>
      </Layout>
    </UnsavedChangesProvider>
  );
}
