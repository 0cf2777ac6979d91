import { FormModal, formRules, subtreeIds, toUnitTree } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { App, Form, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit, UnitDetails } from '../../api-types';
import { useTRPC } from '../../trpc';
import { unitKinds } from './unit-kinds';
import { useInvalidateUnits } from './use-units-invalidation';

type Props = { unit: UnitDetails; units: Unit[]; open: boolean; onClose: () => void };

/** Pick a new parent (never the unit itself, its subtree, or a kind that may not hold it), then confirm. */
export function UnitMoveModal({ unit, units, open, onClose }: Props) {
  const { t } = useTranslation('shell');
  const rules = formRules(t);
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ parentId: number }>();
  const trpc = useTRPC();
  const invalidate = useInvalidateUnits();
  const move = useMutation(
    trpc.identity.units.move.mutationOptions({
      onSuccess: async () => {
        message.success(t('units.moved'));
        await invalidate();
        onClose();
      },
    }),
  );
  const treeData = useMemo(() => {
    const blocked = subtreeIds(units, unit.id);
    const kindIndex = unitKinds.indexOf(unit.kind);
    return toUnitTree(
      units,
      (candidate) =>
        blocked.has(candidate.id) || candidate.archivedAt !== null || unitKinds.indexOf(candidate.kind) >= kindIndex,
    );
  }, [units, unit]);

  const confirm = ({ parentId }: { parentId: number }) => {
    const parent = units.find((u) => u.id === parentId);
    modal.confirm({
      title: t('units.move'),
      content: t('units.moveConfirm', { name: unit.name, parent: parent?.name ?? '' }),
      okText: t('units.move'),
      cancelText: t('common:cancel'),
      onOk: () => move.mutateAsync({ id: unit.id, parentId }).catch(() => undefined),
    });
  };

  return (
    <FormModal
      form={form}
      mutation={move}
      open={open}
      title={`${t('units.move')} · ${unit.name}`}
      okText={t('units.move')}
      onCancel={onClose}
      onFinish={confirm}
      testId="unit-move-form"
    >
      <Form.Item name="parentId" label={t('units.newParent')} rules={[rules.choose(t('units.newParent'))]}>
        <TreeSelect treeData={treeData} treeDefaultExpandAll showSearch treeNodeFilterProp="title" />
      </Form.Item>
    </FormModal>
  );
}
