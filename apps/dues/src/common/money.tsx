// An amount as the pages show it: yuan with two decimals from whole fen (formatFen, no float), in tabular figures, a
// negative one (a correction) in red.
import { formatFen } from '@strata/contract';
import { Typography } from 'antd';

export const tabular = { fontVariantNumeric: 'tabular-nums' } as const;

export function Money({ fen, testId }: { fen: number; testId?: string }) {
  return (
    <Typography.Text type={fen < 0 ? 'danger' : undefined} style={tabular} data-testid={testId}>
      {formatFen(fen)}
    </Typography.Text>
  );
}

/** An amount that may be missing (no base yet): the dash then. */
export const fenOrDash = (fen: number | null | undefined) => (fen === null || fen === undefined ? '—' : formatFen(fen));
