// The body's form control: the editor arrives in its own chunk after the rest of the form (it is the heaviest code
// on the page), with a placeholder of its size meanwhile so nothing jumps.
import { Form, Skeleton } from 'antd';
import { lazy, Suspense } from 'react';

const RichEditor = lazy(() => import('./rich-editor'));

interface RichTextFieldProps {
  value?: string;
  onChange?: (html: string) => void;
  unitId: number;
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
