// Linking a member to their own console account, by its username (the server looks it up among the accounts of the
// units the officer manages; any other is "no such account"). Saved with the field cleared, a linked account is
// unlinked. The server's refusal (no such account, already another member's) shows on the field.
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MemberProfile } from '../common/api-types';
import { useTRPC } from '../trpc';

type Values = { username: string };
const testId = 'member-account';

type Props = { member: MemberProfile | undefined; onClose: () => void };

export function AccountModal({ member, onClose }: Props) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = (key: string) => t(`accountLink.${key}`);
  const link = useMutation(
    trpc.members.registry.linkAccount.mutationOptions({
      onSuccess: async (_, input) => {
        const name = member?.name ?? '';
        message.success(
          input.username === null
            ? t('accountLink.unlinked', { name })
            : t('accountLink.linked', { name, username: input.username }),
        );
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.members.registry.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const linked = member?.accountLinked === true;

  return (
    <FormModal<Values>
      form={form}
      mutation={link}
      open={member !== undefined}
      title={t('accountLink.title', { name: member?.name ?? '' })}
      okText={label('save')}
      okButtonProps={{ 'data-testid': `${testId}-save` } as never}
      onCancel={onClose}
      initialValues={{ username: member?.account?.username ?? '' }}
      onFinish={(values) => {
        if (!member) return;
        const username = values.username.trim();
        link.mutate({ id: member.id, username: username === '' ? null : username });
      }}
      testId={`${testId}-form`}
    >
      <Form.Item
        name="username"
        label={label('username')}
        extra={linked ? `${label('hint')} ${label('unlinkHint')}` : label('hint')}
        rules={[...(linked ? [] : [rules.required(label('username'))]), rules.maxLength(64)]}
      >
        <Input autoComplete="off" placeholder={label('placeholder')} data-testid={`${testId}-username`} />
      </Form.Item>
    </FormModal>
  );
}
