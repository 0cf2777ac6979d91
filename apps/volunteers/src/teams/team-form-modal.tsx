// A team's name, what it does and the skills it is about: a new team of the current unit, or a change of one.
import { volunteerLimits, volunteerSkills } from '@strata/contract';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TeamDetail } from '../common/api-types';
import { useTRPC } from '../trpc';

type Values = { name: string; description: string; skills: (typeof volunteerSkills)[number][] };

export function TeamFormModal({
  unitId,
  team,
  onClose,
  onSaved,
}: {
  unitId: number;
  team: TeamDetail | undefined;
  onClose: () => void;
  onSaved?: (id: number) => void;
}) {
  const { t } = useTranslation('volunteers');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const rules = formRules(t);
  const label = (key: string) => t(`teamForm.${key}`);
  const saved = async (id: number) => {
    message.success(team ? t('teamForm.updated') : t('teamForm.created'));
    onClose();
    await queryClient.invalidateQueries({ queryKey: trpc.volunteers.pathKey() });
    onSaved?.(id);
  };
  const onError = (error: unknown) => applyFieldErrors(form, error);
  const create = useMutation(trpc.volunteers.teams.create.mutationOptions({ onSuccess: (r) => saved(r.id), onError }));
  const update = useMutation(trpc.volunteers.teams.update.mutationOptions({ onSuccess: (r) => saved(r.id), onError }));
  return (
    <FormModal<Values>
      form={form}
      mutation={team ? update : create}
      open
      title={team ? t('teamForm.editTitle', { name: team.name }) : t('teamForm.createTitle')}
      okButtonProps={{ 'data-testid': 'team-form-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={
        team
          ? { name: team.name, description: team.description, skills: team.skills as Values['skills'] }
          : { name: '', description: '', skills: [] }
      }
      onFinish={(values) => {
        const fields = {
          name: values.name.trim(),
          description: (values.description ?? '').trim(),
          skills: values.skills ?? [],
        };
        if (team) update.mutate({ id: team.id, ...fields });
        else create.mutate({ unitId, ...fields });
      }}
      testId="team-form"
    >
      <Form.Item
        name="name"
        label={label('name')}
        rules={[rules.required(label('name')), rules.maxLength(volunteerLimits.teamName)]}
      >
        <Input maxLength={volunteerLimits.teamName} data-testid="team-form-name" />
      </Form.Item>
      <Form.Item name="skills" label={label('skills')}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('none')}
          options={volunteerSkills.map((value) => ({ value, label: t(`skill.${value}`) }))}
          data-testid="team-form-skills"
        />
      </Form.Item>
      <Form.Item name="description" label={label('description')} rules={[rules.maxLength(volunteerLimits.description)]}>
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={volunteerLimits.description}
          showCount
          data-testid="team-form-description"
        />
      </Form.Item>
    </FormModal>
  );
}
