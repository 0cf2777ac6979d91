// A new topic on a unit's board: the unit (the current one unless another is chosen, among those where the member
// posts), a title and the text. A refusal for a sensitive word shows on the field that holds it. Closing it, or
// leaving the page, with something typed asks first (FormModal); a posted topic opens without asking.
import { boardLimits } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules, TreeSelectOnDemand, toUnitTree, useAccess } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUnits } from '../common/use-units';
import { useTRPC } from '../trpc';

type Values = { unitId: number; title: string; body: string };

export function NewTopicModal({
  unitId,
  basePath,
  open,
  onClose,
}: {
  unitId: number;
  basePath: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const access = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { units, isLoading } = useUnits();
  const treeData = useMemo(() => toUnitTree(units ?? [], (u) => !access.can('mailbox.post', u.id)), [units, access]);
  const [posted, setPosted] = useState<number>();
  const create = useMutation(
    trpc.mailbox.board.create.mutationOptions({
      onSuccess: async (made) => {
        message.success(t(made.held ? 'board.createdHeld' : 'board.created'));
        setPosted(made.id);
        onClose();
        await queryClient.invalidateQueries({ queryKey: trpc.mailbox.board.pathKey() });
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  // The new topic opens once the dialog is closed: the dialog's own effect (a child's, run first) has cleared its
  // unsaved-changes mark by then, so leaving the list does not ask about the topic just posted.
  useEffect(() => {
    if (posted === undefined || open) return;
    setPosted(undefined);
    navigate(`${basePath}/board/${posted}`);
  }, [posted, open, basePath, navigate]);
  const rules = formRules(t);
  return (
    <FormModal<Values>
      form={form}
      mutation={create}
      open={open}
      width={720}
      title={t('board.form.title')}
      okText={t('board.form.submit')}
      okButtonProps={{ 'data-testid': 'board-topic-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ unitId, title: '', body: '' }}
      onFinish={(v) => create.mutate({ unitId: v.unitId, title: v.title.trim(), body: v.body.trim() })}
      testId="board-topic-form"
    >
      <Form.Item name="unitId" label={t('board.form.unit')} rules={[rules.choose(t('board.form.unit'))]}>
        <TreeSelectOnDemand
          placeholder={t('board.form.unitPlaceholder')}
          treeData={treeData}
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          loading={isLoading}
          data-testid="board-topic-unit"
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('board.form.topicTitle')}
        rules={[rules.required(t('board.form.topicTitle')), rules.length(boardLimits.titleMin, boardLimits.titleMax)]}
      >
        <Input maxLength={boardLimits.titleMax} showCount data-testid="board-topic-title" />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('board.form.body')}
        rules={[rules.required(t('board.form.body')), rules.maxLength(boardLimits.bodyMax)]}
      >
        <Input.TextArea
          autoSize={{ minRows: 5, maxRows: 14 }}
          maxLength={boardLimits.bodyMax}
          showCount
          placeholder={t('board.form.bodyPlaceholder')}
          data-testid="board-topic-body"
        />
      </Form.Item>
    </FormModal>
  );
}
