import type { ResultProps } from 'antd';
import { lazy, Suspense } from 'react';

// antd's Result brings its three status illustrations (404, 403, 500: about 9 KB brotli) to every page that
// could fail; the screens that show one are rare, so it loads when one does.
const Result = lazy(() => import('antd/es/result'));

/** antd's Result (a failure, a missing page, a refusal), fetched when first shown. */
export function ResultScreen(props: ResultProps) {
  return (
    <Suspense fallback={null}>
      <Result {...props} />
    </Suspense>
  );
}
