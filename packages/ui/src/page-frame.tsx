import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

type Props = { title: ReactNode; extra?: ReactNode; children: ReactNode; testId?: string };

/** The heading row and body every page (shell or remote) sits in. */
export function PageFrame({ title, extra, children, testId }: Props) {
  return (
    <Flex vertical gap={16} data-testid={testId}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {children}
    </Flex>
  );
}
