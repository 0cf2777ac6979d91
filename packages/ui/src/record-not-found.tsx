// The page a record's page shows for an id that names nothing the reader may see (`notFound` of RecordStates): a 404
// with the record's kind in its title, an optional line on why and where records are found, and the way back. One
// for every remote, so a missing receipt, team or course reads and leads back alike. A subpath of its own
// (`@strata/ui/record-not-found`), bundled with each remote that draws it: the shell never does, so it stays out of
// the @strata/ui the shell provides (and of the first visit). Its antd parts come from the shell's shared antd (whose
// Result is fetched when first drawn): not ResultScreen, which a module of @strata/ui's own would bundle, and with it
// a copy of antd (remoteViteConfig's build stops on one).
import { useDocumentTitle } from '@strata/ui';
import { Button, Result } from 'antd';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

type Props = {
  /** What is missing ("没有找到这门课程"): the page's title and the browser tab's. */
  title: string;
  /** A line under the title: why it may be missing, where such records are opened from. */
  text?: string;
  /** The way back's label, and where it leads (the list the record is found from, most often). */
  back: string;
  listPath: string;
  /** On the page's root, drawn once the page is whole (the 404 illustration is fetched when first shown). */
  testId: string;
};

/** A record that is missing, or outside the reader's scope (the server answers both alike), with the way back. */
export function RecordNotFound({ title, text, back, listPath, testId }: Props) {
  const navigate = useNavigate();
  useDocumentTitle(title);
  // The way back is a link (its address shown, opened in a new tab with a modifier key or the middle button) followed
  // inside the console on a plain click: loading the address afresh would start the whole console again.
  const follow = (event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(listPath);
  };
  return (
    <Result
      status="404"
      title={title}
      subTitle={text}
      data-testid={testId}
      extra={
        <Button href={listPath} onClick={follow} data-neutral>
          {back}
        </Button>
      }
    />
  );
}
