// The change-password dialog, fetched when first shown (from the user menu, or when the server says the password must
// change): the overview's first visit does without its form, rules and password meter.
import { lazy, Suspense } from 'react';

const Dialog = lazy(() => import('./change-password-dialog').then((m) => ({ default: m.ChangePasswordDialog })));

type Props = { open: boolean; forced?: boolean; onClose: () => void };

export function ChangePasswordOnDemand(props: Props) {
  return (
    <Suspense fallback={null}>
      <Dialog {...props} />
    </Suspense>
  );
}
