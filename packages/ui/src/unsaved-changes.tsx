// Leaving a form with unsaved changes asks first: in-app navigation (menu, links, back and forward) through
// the router's one blocker, reload and closing the tab through `beforeunload`, closing a dialog through
// FormModal. Any number of forms report whether they are dirty; one provider (in the shell) guards them all.
import { App } from 'antd';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

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

/** Once, around the routed pages (inside the router and antd's App). */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const dirty = useRef(new Set<string>());
  const { modal } = App.useApp();
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty.current.size > 0 &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  // One question per blocked navigation: the blocker object is new on every render while it stays blocked
  // (and a back button may block twice), so the open question is remembered and answers the latest blocker.
  // The router's state arrives in a transition: after the answer, a render may still show the old navigation
  // blocked. It is remembered as answered (by its target's key) until the blocker is seen unblocked, so it is
  // not asked about twice.
  const latest = useRef(blocker);
  latest.current = blocker;
  const asking = useRef(false);
  const answered = useRef<string | null>(null);
  useEffect(() => {
    if (blocker.state === 'unblocked') answered.current = null;
    if (blocker.state !== 'blocked' || asking.current) return;
    const target = blocker.location.key;
    if (answered.current === target) return;
    asking.current = true;
    void confirmDiscard(modal, t).then((leave) => {
      asking.current = false;
      answered.current = target;
      const current = latest.current;
      if (current.state !== 'blocked') return;
      if (!leave) return current.reset();
      dirty.current.clear();
      current.proceed();
    });
  }, [blocker, modal, t]);
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
