import { Flex, Spin } from 'antd';

export function FullPageSpin() {
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" data-testid="page-loading" />
    </Flex>
  );
}
