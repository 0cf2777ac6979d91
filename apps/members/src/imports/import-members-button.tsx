// The registry's way into the import: one button, offered where the user may register members at the current unit
// (the service's import procedures need members.edit there), opening the import dialog, whose code (and exceljs with
// it, when a file is read or written) loads on the first click.
import { ImportOutlined } from '@ant-design/icons';
import { Permitted } from '@strata/ui';
import { Button } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

const ImportMembersModal = lazy(() => import('./import-members-modal'));

export function ImportMembersButton({ unitId }: { unitId: number }) {
  const { t } = useTranslation('members');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Permitted permission="members.edit" unitId={unitId}>
        <Button icon={<ImportOutlined />} onClick={() => setOpen(true)} data-neutral data-testid="registry-import">
          {t('imports.open')}
        </Button>
      </Permitted>
      {open && (
        <Suspense fallback={null}>
          <ImportMembersModal unitId={unitId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
