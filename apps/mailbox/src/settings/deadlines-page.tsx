// The working days each kind of letter allows: read by every handler, set by the municipality (mailbox.manage at the
// top unit, where the municipal admin holds it). Anyone else sees the form read-only, with why.
import { letterLimits } from '@strata/contract';
import { applyFieldErrors, ErrorAlert, errorMessage, FormPage, PageFrame, useAccess } from '@strata/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DeadlineSettings } from '../common/api-types';
import { letterKinds } from '../common/domain-values';
import { useUnits } from '../common/use-units';
import { WorkingDaysSelect } from '../common/working-days-select';
import { useTRPC } from '../trpc';

/** No unit has this id: saving asks for it where nobody holds it (the reader does not see the top unit). */
const unseen = 0;

export function DeadlinesPage({ basePath }: { basePath: string }) {
  const { t } = useTranslation('mailbox');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const access = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<DeadlineSettings>();
  const { units, isLoading } = useUnits();
  const deadlines = useQuery(trpc.mailbox.deadlines.get.queryOptions());
  // The top of the whole tree (not merely of the reader's part of it).
  const topUnitId = units?.find((u) => u.parentId === null)?.id ?? unseen;
  const mayManage = access.can('mailbox.manage', topUnitId);
  const save = useMutation(
    trpc.mailbox.deadlines.set.mutationOptions({
      onSuccess: async (saved) => {
        message.success(t('settings.saved'));
        queryClient.setQueryData(trpc.mailbox.deadlines.get.queryKey(), saved);
        form.setFieldsValue(saved);
      },
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const max = letterLimits.deadlineDaysMax;

  return (
    <PageFrame title={t('settings.title')} testId="deadlines-page">
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 800 }}>
        {t('settings.intro')}
      </Typography.Paragraph>
      {deadlines.error ? (
        <ErrorAlert error={deadlines.error} onRetry={() => deadlines.refetch()} />
      ) : !deadlines.data || isLoading ? (
        <Skeleton active />
      ) : (
        <>
          {!mayManage && (
            <Alert
              type="info"
              showIcon
              title={t('settings.readOnly')}
              style={{ maxWidth: 800 }}
              data-testid="deadlines-read-only"
            />
          )}
          {save.isError && (
            <Alert
              type="error"
              showIcon
              title={t('steps.failed')}
              description={errorMessage(save.error, t)}
              style={{ maxWidth: 800 }}
            />
          )}
          <FormPage<DeadlineSettings>
            form={form}
            initialValues={deadlines.data}
            onFinish={(values) => save.mutateAsync(values)}
            saving={save.isPending}
            onCancel={() => navigate(`${basePath}/letters`)}
            permission="mailbox.manage"
            unitId={topUnitId}
            testId="deadlines-form"
          >
            {letterKinds.map((kind) => (
              <Form.Item
                key={kind}
                name={kind}
                label={t('settings.field', { kind: t(`kind.${kind}`) })}
                rules={[{ required: true, message: t('form.daysRequired') }]}
              >
                <WorkingDaysSelect max={max} data-testid={`deadline-${kind}`} />
              </Form.Item>
            ))}
            <Typography.Paragraph type="secondary">{t('settings.defaults')}</Typography.Paragraph>
          </FormPage>
        </>
      )}
    </PageFrame>
  );
}
