// The steps a manager takes for someone on the pipeline, each a form: the next stage on its day (with two mentors for
// a new activist, two introducers for a new probationary member), probation extended, a candidacy cancelled (asked
// again first: it cannot be undone), mentors or introducers assigned. Offered only where the user holds members.edit
// at the member's unit (the server checks again). A refusal shows on the field it concerns, and above the form; once
// done, the pipeline and the registry are read again.
import { DownOutlined } from '@ant-design/icons';
import type { MemberStage, SponsorRole } from '@strata/contract';
import { memberLimits, memberStages, sponsorRoles, sponsorStages, sponsorsOfStep } from '@strata/contract';
import { calendarDay, formatCalendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, fieldErrorsOf, formRules, useAccess } from '@strata/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, type ButtonProps, Dropdown, Form, type FormInstance, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { type StageDay, stageDays } from '../common/domain-values';
import { StageDayField } from '../registry/stage-day-field';
import { useTRPC } from '../trpc';
import type { PipelineRow } from './lifecycle-spec';
import { SponsorSelect } from './sponsor-select';

export type LifecycleAction = 'advance' | 'extend' | 'cancel' | 'sponsors';

/** The stage after `stage`, or undefined for a full member. */
export const nextStage = (stage: MemberStage): MemberStage | undefined => memberStages[memberStages.indexOf(stage) + 1];

const sponsorField = { mentor: 'mentorIds', introducer: 'introducerIds' } as const;

/** The sponsors that may be assigned apart from a step, by the member's stage (the service's rule, sponsorStages). */
const sponsorRolesOf = (stage: MemberStage) => sponsorRoles.filter((role) => sponsorStages[role].includes(stage));

/** The steps open for a member at their stage. */
export function actionsFor(stage: MemberStage): LifecycleAction[] {
  return [
    ...(stage !== 'full' ? (['advance'] as const) : []),
    ...(stage === 'probationary' ? (['extend'] as const) : []),
    ...(sponsorRolesOf(stage).length > 0 ? (['sponsors'] as const) : []),
    ...(stage !== 'full' ? (['cancel'] as const) : []),
  ];
}

/** The server's field errors on the form's own fields, where the form names one differently. */
function showRefusal(form: FormInstance, error: unknown, renamed: Record<string, string> = {}) {
  const errors = fieldErrorsOf(error);
  if (!errors) return;
  const fieldErrors = Object.fromEntries(Object.entries(errors).map(([field, e]) => [renamed[field] ?? field, e]));
  applyFieldErrors(form, { data: { fieldErrors } });
}

/** After a step: the pipeline's counts and lists, and the registry's rows and profiles, read again. */
function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.members.lifecycle.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.members.registry.pathKey() }),
    ]);
}

/** The row's menu of steps; nothing where the user may not edit the member's unit. */
export function RowActions({ row, onAct }: { row: PipelineRow; onAct: (action: LifecycleAction) => void }) {
  const { t } = useTranslation('members');
  const access = useAccess();
  const open = actionsFor(row.stage);
  if (open.length === 0 || !access.can('members.edit', row.unitId)) return null;
  const next = nextStage(row.stage);
  const label = (action: LifecycleAction) =>
    action === 'advance' && next
      ? t(`lifecycle.advanceTo.${next}`)
      : action === 'cancel' && row.stage === 'probationary'
        ? t('lifecycle.actions.cancelProbation')
        : t(`lifecycle.actions.${action}`);
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: open.map((action) => ({
          key: action,
          danger: action === 'cancel',
          label: (
            <span data-permission="members.edit" data-unit={row.unitId} data-testid={`lifecycle-${action}-${row.id}`}>
              {label(action)}
            </span>
          ),
        })),
        onClick: ({ key }) => onAct(key as LifecycleAction),
      }}
    >
      <Button
        size="small"
        data-permission="members.edit"
        data-unit={row.unitId}
        data-testid={`lifecycle-actions-${row.id}`}
      >
        {t('lifecycle.actions.menu')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

type ModalProps = { row: PipelineRow | undefined; onClose: () => void };

type AdvanceValues = Partial<Record<StageDay, string>> & {
  mentorIds?: number[];
  introducerIds?: number[];
  note: string;
};

/** The next stage, on its day: the registry's stage-day field (none after today), sponsors where the step names them. */
export function AdvanceModal({ row, onClose }: ModalProps) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const refresh = useRefresh();
  const { message } = App.useApp();
  const [form] = Form.useForm<AdvanceValues>();
  const rules = formRules(t);
  const to = row ? nextStage(row.stage) : undefined;
  const dayField = to ? stageDays[to] : undefined;
  const role = to ? sponsorsOfStep[to] : undefined;
  const advance = useMutation(
    trpc.members.lifecycle.advance.mutationOptions({
      onSuccess: async (_, input) => {
        message.success(t('lifecycle.advance.done', { name: row?.name ?? '', stage: t(`stage.${input.to}`) }));
        onClose();
        await refresh();
      },
      onError: (error) => showRefusal(form, error, dayField ? { on: dayField } : {}),
    }),
  );
  const submit = (values: AdvanceValues) => {
    if (!row || !to || !dayField) return;
    const sponsors = role ? values[sponsorField[role]] : undefined;
    advance.mutate({
      id: row.id,
      to,
      on: values[dayField] as string,
      ...(role && sponsors && { [sponsorField[role]]: sponsors as [number, number] }),
      note: values.note.trim(),
    });
  };
  return (
    <FormModal<AdvanceValues>
      form={form}
      mutation={advance}
      open={row !== undefined && to !== undefined}
      title={row && to ? t(`lifecycle.advance.title.${to}`, { name: row.name }) : ''}
      okText={t('lifecycle.advance.ok')}
      okButtonProps={{ 'data-testid': 'lifecycle-advance-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ ...(dayField && { [dayField]: calendarDay(new Date()) }), note: '' }}
      onFinish={submit}
      testId="lifecycle-advance-form"
    >
      {dayField && <StageDayField field={dayField} previous={undefined} testId="lifecycle-advance" />}
      {row && role && <SponsorsField role={role} name={sponsorField[role]} row={row} testId="lifecycle-advance" />}
      <Form.Item name="note" label={t('lifecycle.advance.note')} rules={[rules.maxLength(memberLimits.noteMax)]}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={memberLimits.noteMax}
          placeholder={t('lifecycle.advance.notePlaceholder')}
          data-testid="lifecycle-advance-note"
        />
      </Form.Item>
    </FormModal>
  );
}

/** Two sponsors of a role for the member, as a form item named `name`. */
function SponsorsField({
  role,
  name,
  row,
  testId,
}: {
  role: SponsorRole;
  name: string;
  row: PipelineRow;
  testId: string;
}) {
  const { t } = useTranslation('members');
  const label = t('lifecycle.sponsors.pick', { role: t(`sponsorRole.${role}`) });
  return (
    <Form.Item
      name={name}
      label={label}
      extra={t('lifecycle.sponsors.hint')}
      rules={[
        formRules(t).choose(label),
        {
          validator: async (_, value: number[] | undefined) => {
            if (value && value.length > 0 && value.length !== 2) throw new Error(t('lifecycle.sponsors.two'));
          },
        },
      ]}
    >
      <SponsorSelect member={row} testId={`${testId}-${name}`} />
    </Form.Item>
  );
}

type ExtendValues = { months?: number; reason: string };

/** Probation extended by 1-12 months, once, with the reason. */
export function ExtendModal({ row, onClose }: ModalProps) {
  const { t, i18n } = useTranslation('members');
  const trpc = useTRPC();
  const refresh = useRefresh();
  const { message } = App.useApp();
  const [form] = Form.useForm<ExtendValues>();
  const rules = formRules(t);
  const max = memberLimits.probationExtensionMonthsMax;
  const extend = useMutation(
    trpc.members.lifecycle.extendProbation.mutationOptions({
      onSuccess: async (_, input) => {
        message.success(t('lifecycle.extend.done', { name: row?.name ?? '', count: input.months }));
        onClose();
        await refresh();
      },
      onError: (error) => showRefusal(form, error),
    }),
  );
  const probationEnds = row?.due && row.stage === 'probationary' ? row.due.dueOn : undefined;
  const monthsLabel = t('lifecycle.extend.months');
  return (
    <FormModal<ExtendValues>
      form={form}
      mutation={extend}
      open={row !== undefined}
      title={t('lifecycle.extend.title', { name: row?.name ?? '' })}
      okButtonProps={{ 'data-testid': 'lifecycle-extend-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ reason: '' }}
      onFinish={(values) =>
        row && extend.mutate({ id: row.id, months: values.months as number, reason: values.reason.trim() })
      }
      testId="lifecycle-extend-form"
    >
      <Form.Item
        name="months"
        label={monthsLabel}
        extra={[
          t('lifecycle.extend.monthsHint', { max }),
          probationEnds && t('lifecycle.extend.endsOn', { day: formatCalendarDay(probationEnds, i18n.language) }),
        ]
          .filter(Boolean)
          .join(' ')}
        rules={[
          formRules(t).required(monthsLabel),
          { type: 'integer', min: 1, max, message: t('lifecycle.extend.monthsRange', { max }) },
        ]}
      >
        <InputNumber
          min={1}
          max={max}
          precision={0}
          suffix={t('lifecycle.extend.monthsUnit')}
          style={{ width: '100%' }}
          data-testid="lifecycle-extend-months"
        />
      </Form.Item>
      <ReasonField form="extend" rules={rules} />
    </FormModal>
  );
}

/** The reason a step was taken: the words for the member's timeline. */
function ReasonField({ form, rules }: { form: 'extend' | 'cancel'; rules: ReturnType<typeof formRules> }) {
  const { t } = useTranslation('members');
  const label = t('lifecycle.reason');
  return (
    <Form.Item name="reason" label={label} rules={[rules.required(label), rules.maxLength(memberLimits.reasonMax)]}>
      <Input.TextArea
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={memberLimits.reasonMax}
        showCount
        placeholder={t(`lifecycle.${form}.reasonPlaceholder`)}
        data-testid={`lifecycle-${form}-reason`}
      />
    </Form.Item>
  );
}

type CancelValues = { on: string; reason: string };

/** A candidacy cancelled on a day, with the reason; "next" asks again, naming the member, as it cannot be undone. */
export function CancelModal({ row, onClose }: ModalProps) {
  const { t, i18n } = useTranslation('members');
  const trpc = useTRPC();
  const refresh = useRefresh();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<CancelValues>();
  const rules = formRules(t);
  const today = calendarDay(new Date());
  const probationary = row?.stage === 'probationary';
  const cancel = useMutation(
    trpc.members.lifecycle.cancelCandidacy.mutationOptions({
      onSuccess: async () => {
        message.success(
          t(probationary ? 'lifecycle.cancel.doneProbation' : 'lifecycle.cancel.done', { name: row?.name ?? '' }),
        );
        onClose();
        await refresh();
      },
      onError: (error) => showRefusal(form, error),
    }),
  );
  const ask = (values: CancelValues) => {
    if (!row) return;
    modal.confirm({
      title: t(probationary ? 'lifecycle.cancel.confirmTitleProbation' : 'lifecycle.cancel.confirmTitle', {
        name: row.name,
      }),
      content: t('lifecycle.cancel.confirmText', { day: formatCalendarDay(values.on, i18n.language) }),
      okText: t('lifecycle.cancel.confirm'),
      okButtonProps: { danger: true, 'data-testid': 'lifecycle-cancel-confirm' } as ButtonProps,
      cancelText: t('common:cancel'),
      onOk: async () => {
        // A refusal shows in the dialog (above the form, and on its field).
        await cancel.mutateAsync({ id: row.id, on: values.on, reason: values.reason.trim() }).catch(() => undefined);
      },
    });
  };
  const onLabel = t('lifecycle.cancel.on');
  return (
    <FormModal<CancelValues>
      form={form}
      mutation={cancel}
      open={row !== undefined}
      title={t(probationary ? 'lifecycle.cancel.titleProbation' : 'lifecycle.cancel.title', { name: row?.name ?? '' })}
      okText={t('lifecycle.cancel.next')}
      okButtonProps={{ danger: true, 'data-testid': 'lifecycle-cancel-next' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ on: today, reason: '' }}
      onFinish={ask}
      testId="lifecycle-cancel-form"
    >
      <Form.Item
        name="on"
        label={onLabel}
        rules={[
          rules.required(onLabel),
          {
            validator: async (_, value: string | undefined) => {
              if (value && value > today) throw new Error(t('form.dayInFuture'));
            },
          },
        ]}
      >
        <Input type="date" max={today} data-testid="lifecycle-cancel-on" />
      </Form.Item>
      <ReasonField form="cancel" rules={rules} />
    </FormModal>
  );
}

type SponsorValues = { role: SponsorRole; sponsorIds?: number[] };

/** Mentors or introducers assigned (or replaced) while they serve: the two chosen take over from today. */
export function SponsorsModal({ row, onClose }: ModalProps) {
  const { t } = useTranslation('members');
  const trpc = useTRPC();
  const refresh = useRefresh();
  const { message } = App.useApp();
  const [form] = Form.useForm<SponsorValues>();
  const roles = row ? sponsorRolesOf(row.stage) : [];
  const role = Form.useWatch('role', form) ?? roles[0];
  const assign = useMutation(
    trpc.members.lifecycle.assignSponsors.mutationOptions({
      onSuccess: async (_, input) => {
        message.success(t('lifecycle.sponsors.done', { name: row?.name ?? '', role: t(`sponsorRole.${input.role}`) }));
        onClose();
        await refresh();
      },
      onError: (error) => showRefusal(form, error),
    }),
  );
  return (
    <FormModal<SponsorValues>
      form={form}
      mutation={assign}
      open={row !== undefined && roles.length > 0}
      title={t('lifecycle.sponsors.title', { name: row?.name ?? '' })}
      okButtonProps={{ 'data-testid': 'lifecycle-sponsors-save' } as ButtonProps}
      onCancel={onClose}
      initialValues={{ role: roles[0] }}
      onFinish={(values) =>
        row && assign.mutate({ id: row.id, role: values.role, sponsorIds: values.sponsorIds as [number, number] })
      }
      testId="lifecycle-sponsors-form"
    >
      <Form.Item name="role" label={t('lifecycle.sponsors.role')}>
        <Radio.Group
          options={roles.map((r) => ({ value: r, label: t(`sponsorRole.${r}`) }))}
          onChange={() => form.setFieldValue('sponsorIds', undefined)}
          data-testid="lifecycle-sponsors-role"
        />
      </Form.Item>
      {row && role && <SponsorsField key={role} role={role} name="sponsorIds" row={row} testId="lifecycle-sponsors" />}
    </FormModal>
  );
}
