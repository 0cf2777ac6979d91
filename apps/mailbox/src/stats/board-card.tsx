// The members' board of the unit's subtree in the period: topics posted, answered (on time), unanswered, overdue now
// and the on-time rate, beside the letters' figures.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type BoardFigures, boardKeys, figureText } from './stats-view';

export function BoardCard({ figures }: { figures: BoardFigures }) {
  const { t } = useTranslation('mailbox');
  return (
    <Card size="small" title={t('stats.board.title')} data-testid="stats-board">
      <Typography.Paragraph type="secondary">{t('stats.board.hint')}</Typography.Paragraph>
      <Row gutter={[12, 12]}>
        {boardKeys.map((key) => (
          <Col key={key} xs={12} sm={8} xl={4} data-testid={`stats-board-${key}`}>
            <Statistic title={t(`stats.board.figure.${key}`)} value={figureText(figures, key)} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
