import { applyFieldErrors, FormModal, formRules, toUnitTree, useAccess } from '@strata/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Form, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api-types';
import { useTRPC } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { useInvalidateUsers } from './use-invalidate-users';

type Values = { role: string; unitId: number };
type Props = { user: UserRow | undefined; onClose: () => void };

/** Grant a role (from `grants.roles`) on a unit the caller may manage. */
export function GrantAddModal({ user, onClose }: Props) {
  const { t } = useTranslation('shell');
  const rules = formRules(t);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const trpc = useTRPC();
  const invalidate = useInvalidateUsers();
  const { units, unitId } = useCurrentUnit();
  const roles = useQuery({ ...trpc.identity.grants.roles.queryOptions(), enabled: user !== undefined });
  const treeData = useMemo(() => toUnitTree(units), [units]);
  const access = useAccess();
  const grantUnit = Form.useWatch('unitId', form) as number | undefined;
  // Only roles the caller could grant at the chosen unit (the server's rule): a township admin is never
  // offered the municipal admin role.
  const grantable = (roles.data ?? []).filter(
    ({ role }) => grantUnit !== undefined && access.mayGrant(role, grantUnit),
  );
  const add = useMutation(
    trpc.identity.grants.add.mutationOptions({
      onSuccess: async () => {
        message.success(t('users.grantAdded'));
        await invalidate();
        onClose();
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const failure = add.error ?? roles.error ?? null;
  return (
    <FormModal
      form={form}
      mutation={{ isPending: add.isPending, isError: failure !== null, error: failure }}
      open={user !== undefined}
      title={`${t('users.addGrant')} · ${user?.displayName ?? ''}`}
      onCancel={onClose}
      initialValues={{ unitId }}
      onFinish={(values: Values) => user && add.mutate({ userId: user.id, ...values })}
      testId="grant-add-form"
    >
      <Form.Item name="role" label={t('users.role')} rules={[rules.choose(t('users.role'))]}>
        <Select
          loading={roles.isPending}
          options={grantable.map(({ role }) => ({
            value: role,
            label: t(`domain:role.${role}`, { defaultValue: role }),
          }))}
        />
      </Form.Item>
      <Form.Item name="unitId" label={t('users.grantUnit')} rules={[rules.choose(t('users.grantUnit'))]}>
        <TreeSelect treeData={treeData} treeDefaultExpandAll showSearch treeNodeFilterProp="title" />
      </Form.Item>
    </FormModal>
  );
}
