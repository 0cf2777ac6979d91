import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Col, Form, type FormRule, Grid, Row, Space } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One labelled field of a list's search form; `name` is the filter's key in the URL. `rules` check it before
 * the search runs (a range's end after its start); `dependencies` are the fields those rules read.
 */
export type SearchField = {
  name: string;
  label: string;
  input: ReactNode;
  rules?: FormRule[];
  dependencies?: string[];
};

type Props = {
  fields: SearchField[];
  values: Record<string, unknown>;
  onSearch: (values: Record<string, unknown>) => void;
  testId: string;
};

const blankToUndefined = (values: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === 'string' && v.trim() === '' ? undefined : v]),
  );

/**
 * The labelled search form above a list (ProTable's query form): all fields on a desktop; on a phone only the
 * first, with a toggle for the rest. It shows what the URL says, and searching writes the URL.
 */
export function SearchForm({ fields, values, onSearch, testId }: Props) {
  const { t } = useTranslation('common');
  const [form] = Form.useForm();
  const screens = Grid.useBreakpoint();
  const compact = screens.md === false;
  const [expanded, setExpanded] = useState(false);
  const shown = compact && !expanded ? fields.slice(0, 1) : fields;
  const valuesKey = JSON.stringify(values);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `valuesKey` stands for `values` (a new object each render)
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(values);
  }, [form, valuesKey]);

  return (
    <Form
      form={form}
      name={`${testId}-search`}
      layout={compact ? 'vertical' : 'horizontal'}
      onFinish={(v) => onSearch(blankToUndefined({ ...values, ...v }))}
      data-testid={`${testId}-search-form`}
      // Its fields narrow the list and change nothing on the server (the per-role walk reads this mark).
      data-neutral
      style={{ marginBottom: 16 }}
    >
      {/* One field a row below md, and no gutter there: a gutter's negative margins would widen a phone's page. */}
      <Row gutter={compact ? 0 : [16, 12]}>
        {shown.map((field) => (
          <Col key={field.name} xs={24} md={12} lg={8} xxl={6}>
            <Form.Item
              name={field.name}
              label={field.label}
              rules={field.rules}
              dependencies={field.dependencies}
              style={{ marginBottom: compact ? 12 : 0 }}
            >
              {field.input}
            </Form.Item>
          </Col>
        ))}
        <Col xs={24} md={12} lg={8} xxl={6}>
          <Space wrap>
            <Button type="primary" htmlType="submit" data-neutral data-testid={`${testId}-search-submit`}>
              {t('search')}
            </Button>
            <Button
              data-neutral
              data-testid={`${testId}-search-reset`}
              onClick={() => {
                form.resetFields();
                onSearch({});
              }}
            >
              {t('reset')}
            </Button>
            {compact && fields.length > 1 && (
              <Button
                type="link"
                data-neutral
                data-testid={`${testId}-search-expand`}
                onClick={() => setExpanded((e) => !e)}
                icon={expanded ? <UpOutlined /> : <DownOutlined />}
                iconPlacement="end"
              >
                {expanded ? t('listCollapse') : t('listExpand')}
              </Button>
            )}
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
