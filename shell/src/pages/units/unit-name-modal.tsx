import { unitNameMax } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitDetails, UnitKind } from '../../api-types';
import { useTRPC } from '../../trpc';
import { childKinds } from './unit-kinds';
import { useInvalidateUnits } from './use-units-invalidation';

type Values = { name: string; kind: UnitKind };
type Props = { mode: 'create' | 'rename'; unit: UnitDetails; open: boolean; onClose: (createdId?: number) => void };

/** Create a child of `unit`, or rename `unit`: both are a name (and for a child, a kind). */
export function UnitNameModal({ mode, unit, open, onClose }: Props) {
  const { t } = useTranslation('shell');
  const rules = formRules(t);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const trpc = useTRPC();
  const invalidate = useInvalidateUnits();
  const kinds = childKinds(unit.kind);
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const create = useMutation(
    trpc.identity.units.create.mutationOptions({
      onError,
      onSuccess: async (created) => {
        message.success(t('units.created'));
        await invalidate();
        onClose(created.id);
      },
    }),
  );
  const rename = useMutation(
    trpc.identity.units.rename.mutationOptions({
      onError,
      onSuccess: async () => {
        message.success(t('units.renamed'));
        await invalidate();
        onClose();
      },
    }),
  );
  const pending = mode === 'create' ? create : rename;
  const submit = ({ name, kind }: Values) =>
    mode === 'create'
      ? create.mutate({ parentId: unit.id, kind, name: name.trim() })
      : rename.mutate({ id: unit.id, name: name.trim() });

  return (
    <FormModal
      form={form}
      mutation={pending}
      open={open}
      title={`${mode === 'create' ? t('units.createChild') : t('units.rename')} · ${unit.name}`}
      onCancel={() => onClose()}
      onFinish={submit}
      initialValues={{ name: mode === 'rename' ? unit.name : '', kind: kinds[0] }}
      testId={`unit-${mode}-form`}
    >
      {mode === 'create' && (
        <Form.Item name="kind" label={t('units.kind')} rules={[rules.choose(t('units.kind'))]}>
          <Select options={kinds.map((kind) => ({ value: kind, label: t(`domain:unitKind.${kind}`) }))} />
        </Form.Item>
      )}
      <Form.Item
        name="name"
        label={t('units.name')}
        rules={[rules.required(t('units.name')), rules.maxLength(unitNameMax)]}
      >
        <Input autoFocus />
      </Form.Item>
    </FormModal>
  );
}
