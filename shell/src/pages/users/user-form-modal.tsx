import { displayNameMax, usernameRule } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules, toUnitTree } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Switch, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api-types';
import { NewPasswordField } from '../../session/new-password-field';
import { useMe } from '../../session/session-context';
import { useTRPC } from '../../trpc';
import { useCurrentUnit } from '../../unit/current-unit';
import { useInvalidateUsers } from './use-invalidate-users';

type Values = { username: string; displayName: string; unitId: number; password: string; disabled: boolean };
/** `user` undefined: create; otherwise edit that user. */
type Props = { open: boolean; user: UserRow | undefined; onClose: () => void };

export function UserFormModal({ open, user, onClose }: Props) {
  const { t } = useTranslation('shell');
  const rules = formRules(t);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const trpc = useTRPC();
  const invalidate = useInvalidateUsers();
  const { units, unitId } = useCurrentUnit();
  // The server refuses disabling one's own account; the form says so before anyone tries.
  const me = useMe();
  const self = user !== undefined && user.id === me.id;
  const treeData = useMemo(() => toUnitTree(units), [units]);
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const done = (text: string) => async () => {
    message.success(text);
    await invalidate();
    onClose();
  };
  const create = useMutation(
    trpc.identity.users.create.mutationOptions({ onError, onSuccess: done(t('users.created')) }),
  );
  const update = useMutation(
    trpc.identity.users.update.mutationOptions({ onError, onSuccess: done(t('users.updated')) }),
  );
  const pending = user ? update : create;

  const submit = (values: Values) =>
    user
      ? update.mutate({ id: user.id, displayName: values.displayName.trim(), disabled: values.disabled })
      : create.mutate({
          username: values.username.trim(),
          displayName: values.displayName.trim(),
          unitId: values.unitId,
          password: values.password,
        });

  return (
    <FormModal
      form={form}
      mutation={pending}
      open={open}
      title={user ? `${t('users.edit')} · ${user.displayName}` : t('users.create')}
      onCancel={onClose}
      onFinish={submit}
      testId="user-form"
      initialValues={user ? { displayName: user.displayName, disabled: user.disabled } : { unitId, disabled: false }}
    >
      {!user && (
        <Form.Item
          name="username"
          label={t('users.username')}
          rules={[
            rules.required(t('users.username')),
            rules.length(usernameRule.min, usernameRule.max),
            rules.pattern(usernameRule.pattern, t('users.usernamePattern')),
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="displayName"
        label={t('users.displayName')}
        rules={[rules.required(t('users.displayName')), rules.maxLength(displayNameMax)]}
      >
        <Input maxLength={displayNameMax} />
      </Form.Item>
      {!user && (
        <Form.Item name="unitId" label={t('users.unit')} rules={[rules.choose(t('users.unit'))]}>
          <TreeSelect treeData={treeData} treeDefaultExpandAll showSearch treeNodeFilterProp="title" />
        </Form.Item>
      )}
      {!user && <NewPasswordField name="password" label={t('users.initialPassword')} />}
      {user && (
        <Form.Item
          name="disabled"
          label={t('users.disable')}
          valuePropName="checked"
          extra={self ? t('users.cannotDisableSelf') : undefined}
        >
          <Switch disabled={self && !user.disabled} data-testid="user-disabled-switch" />
        </Form.Item>
      )}
    </FormModal>
  );
}
