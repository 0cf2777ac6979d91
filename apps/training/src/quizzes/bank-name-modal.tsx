// Naming a new question bank of a course, or renaming one: a name once per course (the server says so on the field).
import { trainingLimits as limits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../trpc';
import type { BankRow } from './quiz-types';

type Values = { name: string };

type Props = {
  courseId: number;
  /** The bank renamed, or none for a new one. */
  bank: Pick<BankRow, 'id' | 'name'> | undefined;
  onClose: () => void;
  onCreated?: (id: number) => void;
};

export function BankNameModal({ courseId, bank, onClose, onCreated }: Props) {
  const { t } = useTranslation('training');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = (key: string) => t(`quizzes.bankForm.${key}`);
  const saved = async (id: number) => {
    message.success(label(bank ? 'renamed' : 'created'));
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.training.quizzes.pathKey() });
    if (!bank) onCreated?.(id);
  };
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const create = useMutation(
    trpc.training.quizzes.createBank.mutationOptions({ onSuccess: (r) => saved(r.id), onError }),
  );
  const rename = useMutation(
    trpc.training.quizzes.renameBank.mutationOptions({ onSuccess: (r) => saved(r.id), onError }),
  );
  const submit = ({ name }: Values) => {
    if (bank) rename.mutate({ id: bank.id, name: name.trim() });
    else create.mutate({ courseId, name: name.trim() });
  };
  return (
    <FormModal<Values>
      form={form}
      mutation={bank ? rename : create}
      open
      width={480}
      title={bank ? t('quizzes.bankForm.renameTitle', { name: bank.name }) : label('createTitle')}
      okButtonProps={{ 'data-testid': 'bank-form-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ name: bank?.name ?? '' }}
      onFinish={submit}
      testId="bank-form"
    >
      <Form.Item
        name="name"
        label={label('name')}
        extra={label('nameHint')}
        rules={[rules.required(label('name')), rules.maxLength(limits.bankNameMax)]}
      >
        <Input maxLength={limits.bankNameMax} showCount data-testid="bank-form-name" />
      </Form.Item>
    </FormModal>
  );
}
