import { createContext, type ReactNode, useContext } from 'react';
import type { Me } from '../api-types';

const SessionContext = createContext<Me | null>(null);

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}

/** The signed-in user; only used below SessionGate, where a session is guaranteed. */
export function useMe(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useMe() outside a session');
  return me;
}
