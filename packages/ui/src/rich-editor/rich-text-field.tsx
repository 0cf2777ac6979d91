// A rich text form control (an article's body, a text lesson): the editor arrives in its own chunk after the rest of
// the form (it is the heaviest code on the page), with a placeholder of its size meanwhile so nothing jumps.
import type { UploadPurpose } from '@strata/client/upload';
import { Form, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';

const RichEditor = lazy(() => import('./rich-editor'));

export interface RichTextFieldProps {
  value?: string;
  onChange?: (html: string) => void;
  /** The unit the editor's uploads belong to. */
  unitId: number;
  /** What the uploads are for (content unless said). */
  purpose?: UploadPurpose;
  label: string;
  testId?: string;
  readOnly?: boolean;
}

export function RichTextField(props: RichTextFieldProps) {
  const { status } = Form.Item.useStatus();
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: 290 }} />}>
      <RichEditor {...props} invalid={status === 'error'} />
    </Suspense>
  );
}
