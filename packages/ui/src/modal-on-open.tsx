import type { ModalProps } from 'antd';
import { lazy, Suspense, useState } from 'react';

// antd's Modal (with rc-dialog, about 7 KB brotli) only shows after a click, yet every page that offers a
// dialog (the user menu's password change, a list's export) would bring it: it loads when a dialog first opens.
const Modal = lazy(() => import('antd/es/modal'));

/**
 * antd's Modal (same props), fetched the first time it opens. Never opened, it draws nothing (a closed antd
 * Modal draws nothing either); opening shows it once the code has come, and it stays mounted from then on,
 * so closing animates and `destroyOnHidden` behaves as antd's.
 */
export function ModalOnOpen(props: ModalProps) {
  const [opened, setOpened] = useState(Boolean(props.open));
  if (props.open && !opened) setOpened(true);
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <Modal {...props} />
    </Suspense>
  );
}
