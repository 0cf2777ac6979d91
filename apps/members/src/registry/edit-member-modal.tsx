// Changing a member's details (not the stage, which the lifecycle moves, nor the unit, which a transfer moves). The
// personal fields are masked on the page: unless they were revealed there, each starts blank and is changed only
// when something is typed (blank keeps it); revealed, they start from the values in the clear, and clearing the
// phone or the address removes it. Only the fields changed are sent. A member who left the registry keeps the note
// open to change, nothing else (the server's rule).
import { applyFieldErrors, FormModal } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, type ButtonProps, Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MemberChangesInput, MemberProfile, RevealedPii } from '../common/api-types';
import { isCurrent } from '../common/domain-values';
import { useTRPC } from '../trpc';
import { type DetailValues, MemberDetailFields, NoteField } from './member-fields';

type Values = DetailValues;
const testId = 'member-edit';
const plainFields = ['name', 'ethnicity', 'education', 'occupation', 'workplace', 'note'] as const;
const personalFields = ['idNumber', 'phone', 'address'] as const;

/** The form's starting values: the member's details, and the personal ones in the clear when revealed (else blank). */
export function editValues(member: MemberProfile, revealed: RevealedPii | undefined): Values {
  return {
    name: member.name,
    ethnicity: member.ethnicity,
    education: member.education,
    occupation: member.occupation,
    workplace: member.workplace,
    note: member.note,
    idNumber: revealed?.idNumber ?? '',
    phone: revealed?.phone ?? '',
    address: revealed?.address ?? '',
  };
}

/** The changes to send: the fields that differ from where the form started; a blank masked field is no change. */
export function toChanges(
  member: MemberProfile,
  revealed: RevealedPii | undefined,
  values: Values,
): MemberChangesInput {
  const start = editValues(member, revealed);
  const changes: MemberChangesInput = { id: member.id };
  const trimmed = (value: string | undefined) => (typeof value === 'string' ? value.trim() : value);
  const fields = isCurrent(member.status) ? [...plainFields, ...personalFields] : (['note'] as const);
  for (const field of fields) {
    const value = trimmed(values[field]);
    if (value === undefined || value === trimmed(start[field])) continue;
    // Masked, a blank field keeps what is stored.
    if (!revealed && value === '' && (personalFields as readonly string[]).includes(field)) continue;
    Object.assign(changes, { [field]: value });
  }
  return changes;
}

type Props = {
  member: MemberProfile | undefined;
  revealed: RevealedPii | undefined;
  onClose: () => void;
  onSaved: () => void;
};

export function EditMemberModal({ member, revealed, onClose, onSaved }: Props) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useMutation(
    trpc.members.registry.update.mutationOptions({
      onSuccess: async () => {
        message.success(t('form.saved', { name: form.getFieldValue('name') ?? member?.name }));
        onSaved();
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.members.registry.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const keep = (masked: string): ReactNode =>
    revealed ? undefined : masked ? t('form.keepMasked', { masked }) : t('form.keepBlank');
  const removable = (masked: string): ReactNode => (revealed ? t('form.clearToRemove') : keep(masked));
  const current = member ? isCurrent(member.status) : true;

  return (
    <FormModal<Values>
      form={form}
      mutation={update}
      open={member !== undefined}
      width={760}
      title={t('form.editTitle', { name: member?.name ?? '' })}
      okButtonProps={{ 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={member && editValues(member, revealed)}
      onFinish={(values) => {
        if (!member) return;
        const changes = toChanges(member, revealed, values);
        // Nothing changed: nothing to write (and no timeline entry saying so).
        if (Object.keys(changes).length === 1) onClose();
        else update.mutate(changes);
      }}
      testId={`${testId}-form`}
    >
      {member &&
        (current ? (
          <MemberDetailFields
            hints={{
              idNumber: keep(member.idNumber),
              phone: removable(member.phone),
              address: removable(member.address),
            }}
            idNumberRequired={revealed !== undefined}
            testId={testId}
          />
        ) : (
          <>
            <Alert type="info" showIcon title={t('form.leftNoteOnly')} style={{ marginBottom: 16 }} />
            <NoteField testId={testId} />
          </>
        ))}
    </FormModal>
  );
}
