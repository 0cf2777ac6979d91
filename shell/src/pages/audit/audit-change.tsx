import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api-types';

/** Stored as JSON text; shown indented (parts outside the reader's scope as one phrase), or as-is if not JSON. */
const pretty = (text: string | null, outsideScope: string): string | null => {
  if (text === null) return null;
  try {
    const redacted = (_key: string, value: unknown) =>
      value && typeof value === 'object' && 'outsideScope' in value ? outsideScope : value;
    return JSON.stringify(JSON.parse(text, redacted), null, 2);
  } catch {
    return text;
  }
};

/** Before and after of one audited change, side by side. */
export function AuditChange({ row }: { row: AuditRow }) {
  const { t } = useTranslation('shell');
  const sides = [
    { key: 'before', title: t('audit.before'), text: pretty(row.before, t('audit.outsideScope')) },
    { key: 'after', title: t('audit.after'), text: pretty(row.after, t('audit.outsideScope')) },
  ];
  return (
    <Row gutter={16} data-testid={`audit-change-${row.id}`}>
      {sides.map((side) => (
        <Col span={12} key={side.key}>
          <Typography.Text strong>{side.title}</Typography.Text>
          <pre
            style={{
              background: '#fafafa',
              padding: 8,
              margin: '4px 0 0',
              whiteSpace: 'pre-wrap',
              wordBreak: 'break-all',
            }}
          >
            {side.text ?? t('audit.none')}
          </pre>
        </Col>
      ))}
    </Row>
  );
}
