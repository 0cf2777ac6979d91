import { Typography } from 'antd';

/** Text as written, line breaks kept, long words wrapped: React escapes it, so markup shows as the characters typed. */
export const plainText = (text: string, testId?: string) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }} data-testid={testId}>
    {text}
  </Typography.Paragraph>
);
