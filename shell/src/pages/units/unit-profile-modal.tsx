import {
  contactPhoneMax,
  creditCodeLength,
  creditCodeProblem,
  displayNameMax,
  isChinesePhone,
  unitAddressMax,
} from '@strata/contract';
import { defaultTimeZone } from '@strata/i18n';
import { calendarDay } from '@strata/i18n/days';
import { applyFieldErrors, FormModal, formRules } from '@strata/ui';
import { useMutation } from '@tanstack/react-query';
import { App, Form, type FormRule, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitDetails } from '../../api-types';
import { useTRPC } from '../../trpc';
import { useInvalidateUnits } from './use-units-invalidation';

type Values = Record<'secretary' | 'contactPerson' | 'contactPhone' | 'foundedOn' | 'creditCode' | 'address', string>;
type Props = { unit: UnitDetails; open: boolean; onClose: () => void };

/** A rule from one of the shared checks: `problem` answers the message key (errors namespace) or null. */
const checked = (problem: (value: string) => string | null, t: (key: string) => string): FormRule => ({
  validator: async (_, value: string | undefined) => {
    const key = value?.trim() ? problem(value.trim()) : null;
    if (key) throw new Error(t(`errors:${key}`));
  },
});

/** The unit's details: secretary, contact, founding date, credit code, address; each optional. */
export function UnitProfileModal({ unit, open, onClose }: Props) {
  const { t } = useTranslation('shell');
  const rules = formRules(t);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const trpc = useTRPC();
  const invalidate = useInvalidateUnits();
  const save = useMutation(
    trpc.identity.units.updateProfile.mutationOptions({
      onError: (error) => applyFieldErrors(form, error),
      onSuccess: async () => {
        message.success(t('units.profileSaved'));
        await invalidate();
        onClose();
      },
    }),
  );
  // A founding date is a calendar day (`YYYY-MM-DD`), held as one in the form, whatever the browser's zone.
  // Only "today" depends on a zone, and it is Shanghai's (defaultTimeZone), not the browser's: a later day is
  // refused.
  const today = calendarDay(new Date(), defaultTimeZone);

  return (
    <FormModal
      form={form}
      mutation={save}
      open={open}
      title={`${t('units.editProfile')} · ${unit.name}`}
      onCancel={onClose}
      onFinish={(values) => save.mutate({ id: unit.id, ...values })}
      initialValues={{
        secretary: unit.secretary ?? '',
        contactPerson: unit.contactPerson ?? '',
        contactPhone: unit.contactPhone ?? '',
        foundedOn: unit.foundedOn ?? '',
        creditCode: unit.creditCode ?? '',
        address: unit.address ?? '',
      }}
      testId="unit-profile-form"
    >
      <Form.Item name="secretary" label={t('domain:auditField.secretary')} rules={[rules.maxLength(displayNameMax)]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="contactPerson"
        label={t('domain:auditField.contactPerson')}
        rules={[rules.maxLength(displayNameMax)]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={t('domain:auditField.contactPhone')}
        extra={t('units.phoneHint')}
        rules={[
          rules.maxLength(contactPhoneMax),
          checked((phone) => (isChinesePhone(phone) ? null : 'phoneInvalid'), t),
        ]}
      >
        <Input type="tel" inputMode="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="foundedOn"
        label={t('domain:auditField.foundedOn')}
        rules={[checked((day) => (day > today ? 'dateInFuture' : null), t)]}
      >
        {/* The browser's own date field: a calendar day in the user's language, on phones the system picker,
            and no date library in the first visit's shared antd (antd's DatePicker weighs ~30 KB there). */}
        <Input type="date" max={today} data-testid="unit-founded-on" />
      </Form.Item>
      <Form.Item
        name="creditCode"
        label={t('domain:auditField.creditCode')}
        extra={t('units.creditCodeHint')}
        normalize={(value: string) => value.toUpperCase()}
        rules={[
          checked((code) => {
            const problem = creditCodeProblem(code);
            return problem && (problem === 'shape' ? 'creditCodeShape' : 'creditCodeCheck');
          }, t),
        ]}
      >
        <Input maxLength={creditCodeLength} autoComplete="off" />
      </Form.Item>
      <Form.Item name="address" label={t('domain:auditField.address')} rules={[rules.maxLength(unitAddressMax)]}>
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
