// What becomes of an issued letter: the receiving unit confirms it (with a note: the member moves there) or returns it
// (with a reason); the sending unit cancels it (with a reason, then asked again: a cancelled letter is void). The
// server's refusal (an expired letter, one already decided) shows above the form, and on its field when it names one.
import { memberLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, type ButtonProps, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TransferRow } from '../common/api-types';
import { useTRPC } from '../trpc';

export type Decision = 'confirm' | 'return' | 'cancel';
type Values = { note: string; reason: string };

type Props = { letter: TransferRow | undefined; decision: Decision; onClose: () => void };

export function DecideTransferModal({ letter, decision, onClose }: Props) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const testId = `transfer-${decision}`;
  const vars = {
    letterNo: letter?.letterNo ?? '',
    name: letter?.memberName ?? '',
    unit: letter?.toUnitName ?? '',
  };
  const options = {
    onSuccess: async () => {
      message.success(t(`transfers.${decision}Form.done`, vars));
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.members.transfers.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.members.registry.pathKey() }),
      ]);
    },
    onError: (error: unknown) => applyFieldErrors(form, error),
  };
  const confirm = useMutation(trpc.members.transfers.confirm.mutationOptions(options));
  const giveBack = useMutation(trpc.members.transfers.return.mutationOptions(options));
  const cancel = useMutation(trpc.members.transfers.cancel.mutationOptions(options));
  const mutation = { confirm, return: giveBack, cancel }[decision];
  // The server names the confirmation's words `note`, the others' `reason`: the field carries the server's name.
  const field = decision === 'confirm' ? 'note' : 'reason';

  const finish = (values: Values) => {
    if (!letter) return;
    const text = values[field];
    const id = letter.id;
    if (decision === 'confirm') return confirm.mutate({ id, note: text.trim() });
    if (decision === 'return') return giveBack.mutate({ id, reason: text.trim() });
    modal.confirm({
      title: t('transfers.cancelForm.confirmTitle', vars),
      content: t('transfers.cancelForm.confirmText', vars),
      okText: t('transfers.cancel'),
      okButtonProps: { danger: true, 'data-testid': `${testId}-confirm` } as ButtonProps,
      cancelText: t('common:cancel'),
      onOk: async () => {
        // A refusal shows in the form (above it, and on its field).
        await cancel.mutateAsync({ id, reason: text.trim() }).catch(() => undefined);
      },
    });
  };

  const words = (key: string) => t(`transfers.${decision}Form.${key}`, vars);
  return (
    <FormModal<Values>
      form={form}
      mutation={mutation}
      open={letter !== undefined}
      title={words('title')}
      okText={decision === 'cancel' ? words('next') : t(`transfers.${decision}`)}
      okButtonProps={{ danger: decision !== 'confirm', 'data-testid': `${testId}-save` } as ButtonProps}
      onCancel={onClose}
      initialValues={{ note: '', reason: '' }}
      onFinish={finish}
      testId={`${testId}-form`}
    >
      {decision === 'confirm' && <Alert type="info" showIcon title={words('text')} style={{ marginBottom: 16 }} />}
      <Form.Item
        name={field}
        label={decision === 'confirm' ? words('note') : words('reason')}
        rules={[
          ...(decision === 'confirm' ? [] : [rules.required(words('reason'))]),
          rules.maxLength(decision === 'confirm' ? memberLimits.noteMax : memberLimits.reasonMax),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={decision === 'confirm' ? memberLimits.noteMax : memberLimits.reasonMax}
          showCount
          placeholder={decision === 'confirm' ? words('notePlaceholder') : words('reasonPlaceholder')}
          data-testid={`${testId}-${field}`}
        />
      </Form.Item>
    </FormModal>
  );
}
