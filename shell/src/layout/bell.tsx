import { Button, Dropdown } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from './bell-notices';
import { strokeIcon } from './stroke-icon';

// The first visit draws the button and its count only: the list (a drawer on a phone) comes when first opened.
const BellList = lazy(() => import('./bell-list'));

const bellIcon = strokeIcon('M6 9a6 6 0 0 1 12 0c0 6 2 8 2 8H4s2-2 2-8m4 11a2 2 0 0 0 4 0');

/** The header's bell: how many notices are unread, and every team's notices when opened. */
export function Bell({ phone = false }: { phone?: boolean }) {
  const { t } = useTranslation('shell');
  const notices = useNotices();
  const [open, setOpen] = useState(false);
  const unread = (notices.data ?? []).reduce((n, team) => n + team.list.items.filter((i) => !i.read).length, 0);
  const list = open && (
    <Suspense fallback={null}>
      <BellList teams={notices.data} phone={phone} onClose={() => setOpen(false)} />
    </Suspense>
  );
  const button = (
    <span style={{ position: 'relative', display: 'inline-flex' }}>
      <Button
        type="text"
        icon={bellIcon}
        data-testid="bell"
        data-neutral
        aria-label={t('bell.label')}
        onClick={() => setOpen(true)}
      />
      {unread > 0 && (
        // Read after the button's name by a screen reader: "notifications, 3".
        <span
          style={{
            position: 'absolute',
            top: -2,
            right: -6,
            padding: '0 5px',
            borderRadius: 9,
            background: '#d4380d',
            color: '#fff',
            fontSize: 12,
            lineHeight: '18px',
            pointerEvents: 'none',
          }}
        >
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </span>
  );
  return phone ? (
    <>
      {button}
      {list}
    </>
  ) : (
    <Dropdown trigger={['click']} open={open} onOpenChange={setOpen} placement="bottomRight" popupRender={() => list}>
      {button}
    </Dropdown>
  );
}
