import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api-types';

/** Stored as JSON text; shown indented, or as-is if it is not JSON. */
const pretty = (text: string | null): string | null => {
  if (text === null) return null;
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
};

/** Before and after of one audited change, side by side. */
export function AuditChange({ row }: { row: AuditRow }) {
  const { t } = useTranslation('shell');
  const sides = [
    { key: 'before', title: t('audit.before'), text: pretty(row.before) },
    { key: 'after', title: t('audit.after'), text: pretty(row.after) },
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
