// Leaving a form with unsaved changes asks first: in-app navigation (menu, links, back and forward) through
// the console history's one guard (guarded-history.ts), reload and closing the tab through `beforeunload`,
// closing a dialog through FormModal. Any number of forms report whether they are dirty; one provider (in the
// shell) guards them all.
import { App } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuardedHistory } from './guarded-history';

type Registry = { set(id: string, dirty: boolean): void };

const UnsavedChangesContext = createContext<Registry | null>(null);

type Modal = ReturnType<typeof App.useApp>['modal'];

/** Asks whether to drop the changes; resolves true to leave, false to keep editing. */
export function confirmDiscard(modal: Modal, t: ReturnType<typeof useTranslation>['t']): Promise<boolean> {
  return new Promise((resolve) => {
    modal.confirm({
      title: t('common:unsavedTitle'),
      content: t('common:unsavedText'),
      okText: t('common:discardChanges'),
      okButtonProps: { danger: true, ...{ 'data-testid': 'discard-changes' } },
      cancelText: t('common:keepEditing'),
      onOk: () => resolve(true),
      onCancel: () => resolve(false),
    });
  });
}

/** Once, around the routed pages (inside the router on `history`, and inside antd's App). */
export function UnsavedChangesProvider({ history, children }: { history: GuardedHistory; children: ReactNode }) {
  const dirty = useRef(new Set<string>());
  const { modal } = App.useApp();
  const { t } = useTranslation();
  // One question at a time: a navigation while one is open (a second click, back twice) stays where it is.
  const asking = useRef(false);
  useEffect(
    () =>
      history.guard((from, to) => {
        if (dirty.current.size === 0 || (from.pathname === to.pathname && from.search === to.search)) return true;
        if (asking.current) return Promise.resolve(false);
        asking.current = true;
        return confirmDiscard(modal, t).then((leave) => {
          asking.current = false;
          if (leave) dirty.current.clear();
          return leave;
        });
      }),
    [history, modal, t],
  );
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
  const registry = useMemo<Registry>(
    () => ({
      set: (id, isDirty) => {
        if (isDirty) dirty.current.add(id);
        else dirty.current.delete(id);
      },
    }),
    [],
  );
  return <UnsavedChangesContext.Provider value={registry}>{children}</UnsavedChangesContext.Provider>;
}

/**
 * For one form: `markDirty` on the first change (antd Form's `onValuesChange`), `markClean` once saved or
 * dropped. Cleared when the form goes away.
 */
export function useUnsavedChanges() {
  const registry = useContext(UnsavedChangesContext);
  if (!registry) throw new Error('useUnsavedChanges() outside UnsavedChangesProvider');
  const id = useId();
  const dirty = useRef(false);
  useEffect(() => () => registry.set(id, false), [registry, id]);
  const mark = useCallback(
    (isDirty: boolean) => {
      dirty.current = isDirty;
      registry.set(id, isDirty);
    },
    [registry, id],
  );
  return useMemo(
    () => ({ markDirty: () => mark(true), markClean: () => mark(false), isDirty: () => dirty.current }),
    [mark],
  );
}
