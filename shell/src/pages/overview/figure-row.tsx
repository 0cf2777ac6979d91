import type { WidgetFigure } from '@strata/contract';
import { Flex, Typography } from 'antd';
import { formatFigure } from './figure-format';

/** A card's figures side by side (wrapping on a phone), each its label over its value. */
export function FigureRow({ figures, locale, testId }: { figures: WidgetFigure[]; locale: string; testId: string }) {
  return (
    <Flex wrap gap="4px 24px">
      {figures.map((figure, i) => (
        <Flex vertical key={figure.label} style={{ minWidth: 96 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {figure.label}
          </Typography.Text>
          <Typography.Text strong style={{ fontSize: 22 }} data-testid={`${testId}-figure-${i}`}>
            {formatFigure(figure.value, figure.format, locale, figure)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
