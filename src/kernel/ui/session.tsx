import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { sessionSchema, type Session } from '../auth/session-schema.ts';
import type { Permission } from '../policy/permissions.ts';
import { ApiRequestError, getJson, onUnauthenticated, rememberCsrfToken, SESSION_PATH } from './api.ts';
import type { ApiState } from './use-api.ts';

export type SessionUser = NonNullable<Session['user']>;

/** How the user last logged out in this tab: here, or on every device. */
export type LoggedOut = 'here' | 'everywhere';

interface SessionContextValue {
  state: ApiState<Session>;
  /** Loads the session again (after login, logout or a unit switch); settles when it is in. */
  refresh: () => Promise<void>;
  /** Forgets the user at once after logging out, so no page shows them any longer. */
  forgetUser: (loggedOut: LoggedOut) => void;
  /** Set after logging out until someone logs in again: the login page says so. */
  loggedOut: LoggedOut | null;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * Holds who is logged in for the whole app, and keeps the CSRF token for sendJson current.
 * A refresh keeps showing the session it has until the new one arrives, so the header and
 * the login gate do not flicker. An API call answered with 401 triggers a refresh, and the
 * gate then sends the user to log in.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<ApiState<Session>>({ status: 'loading' });
  const [loggedOut, setLoggedOut] = useState<LoggedOut | null>(null);
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    try {
      const session = await getJson(SESSION_PATH, sessionSchema);
      rememberCsrfToken(session.csrfToken);
      if (request !== latest.current) return;
      setState({ status: 'ready', data: session });
      if (session.user !== null) setLoggedOut(null);
    } catch (error) {
      if (request !== latest.current) return;
      const code = error instanceof ApiRequestError ? error.code : 'unknown';
      setState((previous) =>
        // A session we already have is better than none when a refresh fails on the network.
        previous.status === 'ready' ? previous : { status: 'failed', code, retry: () => void refresh() },
      );
    }
  }, []);

  const forgetUser = useCallback((how: LoggedOut) => {
    latest.current += 1;
    setLoggedOut(how);
    setState((previous) => (previous.status === 'ready' ? { status: 'ready', data: { ...previous.data, user: null } } : previous));
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(() => onUnauthenticated(() => void refresh()), [refresh]);

  const value = useMemo(() => ({ state, refresh, forgetUser, loggedOut }), [state, refresh, forgetUser, loggedOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession is used outside <SessionProvider>');
  return value;
}

/** The logged-in person, or null while loading, after a failure and when nobody is. */
export function useUser(): SessionUser | null {
  const { state } = useSession();
  return state.status === 'ready' ? state.data.user : null;
}

/** Whether the logged-in person holds the permission somewhere; the server still decides each record. */
export function useCan(permission: Permission): boolean {
  return useUser()?.permissions.includes(permission) ?? false;
}
