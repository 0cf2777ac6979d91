// The fields of a member's details, the same in the register and edit dialogs: the name, the ID number, the codes
// (ethnicity with a search, education, occupation), the phone, address and workplace, and a note. Limits come from
// @strata/contract, the same the server's schemas use; the ID number and the phone are checked by the server, whose
// refusal shows on their field.
import { memberEducations, memberLimits, memberOccupations } from '@strata/contract';
import { formRules } from '@strata/ui';
import { Col, Form, Input, Row, Select } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ethnicityOptions } from '../common/domain-values';

/** What the form holds for a member's details (selects unset until chosen). */
export type DetailValues = {
  name: string;
  idNumber: string;
  ethnicity?: string;
  education?: (typeof memberEducations)[number];
  occupation?: (typeof memberOccupations)[number];
  phone: string;
  address: string;
  workplace: string;
  note: string;
};

type Props = {
  /** Under each personal field: what leaving it blank does (the edit dialog's), or how the ID number is read. */
  hints: { idNumber: ReactNode; phone?: ReactNode; address?: ReactNode };
  /** The ID number must be given (registering); an edit may leave it blank to keep it. */
  idNumberRequired: boolean;
  testId: string;
};

export function MemberDetailFields({ hints, idNumberRequired, testId }: Props) {
  const { t, i18n } = useTranslation('members');
  const rules = formRules(t);
  const label = (key: string) => t(`form.${key}`);
  const half = { xs: 24, sm: 12 };
  return (
    <Row gutter={[16, 0]}>
      <Col {...half}>
        <Form.Item
          name="name"
          label={label('name')}
          rules={[rules.required(label('name')), rules.maxLength(memberLimits.nameMax)]}
        >
          <Input maxLength={memberLimits.nameMax} autoComplete="off" data-testid={`${testId}-name`} />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="idNumber"
          label={label('idNumber')}
          extra={hints.idNumber}
          rules={idNumberRequired ? [rules.required(label('idNumber'))] : []}
        >
          <Input autoComplete="off" spellCheck={false} data-testid={`${testId}-id-number`} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="ethnicity" label={label('ethnicity')} rules={[rules.choose(label('ethnicity'))]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={label('ethnicityPlaceholder')}
            options={ethnicityOptions(i18n.language)}
            data-testid={`${testId}-ethnicity`}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="education" label={label('education')} rules={[rules.choose(label('education'))]}>
          <Select
            options={memberEducations.map((code) => ({ value: code, label: t(`education.${code}`) }))}
            data-testid={`${testId}-education`}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name="occupation" label={label('occupation')} rules={[rules.choose(label('occupation'))]}>
          <Select
            options={memberOccupations.map((code) => ({ value: code, label: t(`occupation.${code}`) }))}
            data-testid={`${testId}-occupation`}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item
          name="phone"
          label={label('phone')}
          extra={hints.phone}
          rules={[rules.maxLength(memberLimits.phoneMax)]}
        >
          <Input
            type="tel"
            inputMode="tel"
            maxLength={memberLimits.phoneMax}
            autoComplete="off"
            data-testid={`${testId}-phone`}
          />
        </Form.Item>
      </Col>
      <Col {...half}>
        <Form.Item name="workplace" label={label('workplace')} rules={[rules.maxLength(memberLimits.workplaceMax)]}>
          <Input maxLength={memberLimits.workplaceMax} autoComplete="off" data-testid={`${testId}-workplace`} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="address"
          label={label('address')}
          extra={hints.address}
          rules={[rules.maxLength(memberLimits.addressMax)]}
        >
          <Input maxLength={memberLimits.addressMax} autoComplete="off" data-testid={`${testId}-address`} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <NoteField testId={testId} />
      </Col>
    </Row>
  );
}

/** The note: the one detail a member who left the registry keeps open to change. */
export function NoteField({ testId }: { testId: string }) {
  const { t } = useTranslation('members');
  const rules = formRules(t);
  return (
    <Form.Item name="note" label={t('form.note')} rules={[rules.maxLength(memberLimits.noteMax)]}>
      <Input.TextArea
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={memberLimits.noteMax}
        showCount
        data-testid={`${testId}-note`}
      />
    </Form.Item>
  );
}
