import { Flex, Spin } from 'antd';

export function PageSpin() {
  return (
    <Flex justify="center" style={{ padding: 48 }}>
      <Spin data-testid="page-loading" />
    </Flex>
  );
}
