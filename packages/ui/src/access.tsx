// What the signed-in user may do where, for the interface: the shell builds it from the session and the
// unit tree, and hands it to every remote (RemoteAppProps.access). Components hide or disable what the
// server would refuse; the server checks again, with the same rule (`Access` in @strata/contract).
import { Access, type AccessSnapshot, type UnitAccess } from '@strata/contract';
import { Button } from 'antd';
import { cloneElement, createContext, type ReactElement, type ReactNode, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from './document-title';
import { ResultScreen } from './result-screen';

type UnitRef = { id: number; path: string; depth: number };

/**
 * The access of a session (user `userId`) over the units it can see; a unit it cannot see is a unit where
 * nothing holds.
 */
export function unitAccess(
  snapshot: AccessSnapshot,
  units: readonly UnitRef[],
  currentUnitId: number | undefined,
  userId: number,
): UnitAccess {
  const access = new Access(snapshot);
  const byId = new Map(units.map((u) => [u.id, u]));
  const unit = (id: number | undefined) => byId.get(id ?? currentUnitId ?? Number.NaN);
  return {
    userId,
    unitId: currentUnitId,
    can(permission, unitId) {
      const u = unit(unitId);
      return !!u && access.covers(permission, u.path);
    },
    has: (permission) => access.has(permission),
    mayGrant(role, unitId) {
      const u = unit(unitId);
      return !!u && access.mayGrant(role, u);
    },
  };
}

const AccessContext = createContext<UnitAccess | null>(null);

export function AccessProvider({ value, children }: { value: UnitAccess; children: ReactNode }) {
  return <AccessContext.Provider value={value}>{children}</AccessContext.Provider>;
}

export function useAccess(): UnitAccess {
  const value = useContext(AccessContext);
  if (!value) throw new Error('useAccess() outside AccessProvider');
  return value;
}

/** The page for a route opened (say, by URL) without the permission it needs: said plainly, with a way out. */
export function Forbidden() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('common:forbiddenTitle'));
  return (
    <div data-testid="forbidden">
      <ResultScreen
        status="403"
        title={t('common:forbiddenTitle')}
        subTitle={t('common:forbiddenText')}
        extra={
          <Button onClick={() => navigate('/')} data-neutral>
            {t('common:backToOverview')}
          </Button>
        }
      />
    </div>
  );
}

/**
 * Renders the page only for a user holding `permission` (anywhere, or at the current unit with
 * `atUnit`); anyone else gets the 403 page instead of a half-working one.
 */
export function RequirePermission({
  permission,
  atUnit = false,
  children,
}: {
  permission: string;
  atUnit?: boolean;
  children: ReactNode;
}) {
  const access = useAccess();
  const allowed = atUnit ? access.can(permission) : access.has(permission);
  return allowed ? children : <Forbidden />;
}

/**
 * An action control (button, switch, link) that the server allows only with `permission` at the unit
 * (`unitId`, the current unit when omitted): hidden without it (or shown disabled with `whenDenied`), and
 * marked (`data-permission`, `data-unit`) so the suite can check every action on a page against the
 * server's permission table.
 */
export function Permitted({
  permission,
  unitId,
  whenDenied = 'hide',
  children,
  ...passed
}: {
  permission: string;
  unitId?: number;
  whenDenied?: 'hide' | 'disable';
  children: ReactElement<Record<string, unknown>>;
  /** What a wrapper (Popconfirm, Tooltip) hands its child: passed on to the control. */
  [prop: string]: unknown;
}) {
  const access = useAccess();
  const allowed = access.can(permission, unitId);
  if (!allowed && whenDenied === 'hide') return null;
  return cloneElement(children, {
    ...passed,
    'data-permission': permission,
    'data-unit': unitId ?? access.unitId,
    ...(!allowed && { disabled: true }),
  });
}
