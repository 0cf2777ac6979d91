import { ResultScreen } from '@strata/ui';
import { Button } from 'antd';
import { useNavigate } from 'react-router';

/** A record that is missing, or outside the reader's scope (the server answers both alike), with the way back. */
export function NotFound({
  title,
  back,
  listPath,
  testId,
}: {
  title: string;
  back: string;
  listPath: string;
  testId: string;
}) {
  const navigate = useNavigate();
  return (
    <div data-testid={testId}>
      <ResultScreen
        status="404"
        title={title}
        extra={
          <Button onClick={() => navigate(listPath)} data-neutral>
            {back}
          </Button>
        }
      />
    </div>
  );
}
