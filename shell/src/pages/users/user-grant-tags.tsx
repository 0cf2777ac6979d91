import { errorMessage, useAccess } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { App, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../api-types';
import { useTRPC } from '../../trpc';
import { useInvalidateUsers } from './use-invalidate-users';

/** A user's grants as tags; closing one removes the grant after a confirmation. */
export function UserGrantTags({ user }: { user: UserRow }) {
  const { t } = useTranslation('shell');
  const { message, modal } = App.useApp();
  const trpc = useTRPC();
  const invalidate = useInvalidateUsers();
  const access = useAccess();
  const remove = useMutation(
    trpc.identity.grants.remove.mutationOptions({
      onSuccess: async () => {
        message.success(t('users.grantRemoved'));
        await invalidate();
      },
      onError: (error) => message.error(errorMessage(error, t)),
    }),
  );
  const outside = user.grantsOutsideScope > 0 && (
    <Tag data-testid={`grants-outside-${user.id}`}>
      {t('users.grantsOutsideScope', { count: user.grantsOutsideScope })}
    </Tag>
  );
  if (user.grants.length === 0 && !outside)
    return <Typography.Text type="secondary">{t('users.noGrants')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {user.grants.map((grant) => {
        const role = t(`domain:role.${grant.role}`, { defaultValue: grant.role });
        // Removing needs user.manage at the grant's unit (the server's rule): otherwise the tag only shows.
        const removable = access.can('user.manage', grant.unitId);
        return (
          <Tag
            key={grant.id}
            color="blue"
            closable={removable}
            // Its close icon is an action: marked like Permitted marks one, for the per-role walk.
            {...(removable && { 'data-permission': 'user.manage', 'data-unit': grant.unitId })}
            data-testid={`grant-${grant.id}`}
            onClose={(event) => {
              event.preventDefault();
              modal.confirm({
                title: t('users.removeGrant'),
                content: t('users.removeGrantConfirm', { role, unit: grant.unitName }),
                okText: t('users.removeGrant'),
                okButtonProps: { danger: true },
                cancelText: t('common:cancel'),
                onOk: () => remove.mutateAsync({ id: grant.id }).catch(() => undefined),
              });
            }}
          >
            {role} · {grant.unitName}
          </Tag>
        );
      })}
      {outside}
    </Flex>
  );
}
