import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { authApi, type Me, type MeResponse, type Stage } from '../api/auth';
import { setAuthHandlers, setCsrfToken } from '../api/client';

/** Where the visitor is: still asking the server, signed out, mid-login (a stage to finish) or signed in. */
type AuthStatus = 'loading' | 'signed_out' | 'pending' | 'active';

interface AuthState {
  status: AuthStatus;
  stage: Stage | null;
  user: Me | null;
  /** Why the visitor was sent back to the login page, if a call found the session gone. */
  notice: string | null;
  /** The person signed out on purpose: the login page then forgets where they were. */
  loggedOut?: boolean;
}

interface Auth extends AuthState {
  /** After POST /auth/login (or registration): keep the token and the stage. */
  signedIn: (r: MeResponse) => void;
  /** After a login step returned the next stage. */
  advance: (stage: Stage) => Promise<void>;
  refresh: () => Promise<void>;
  signOut: (everywhere?: boolean) => Promise<void>;
  can: (...permissions: string[]) => boolean;
}

const AuthContext = createContext<Auth | null>(null);

const SIGNED_OUT: AuthState = { status: 'signed_out', stage: null, user: null, notice: null };

/**
 * Whether this browser has signed in since it last signed out. Without it there is no session to ask
 * about, so anonymous pages (the portal, the public application) never call /auth/me and never meet
 * its 401. The session itself stays in the httpOnly cookie; this flag only saves the question.
 */
const SESSION_HINT = 'fazhi.signedIn';
const hint = {
  get: () => {
    try {
      return localStorage.getItem(SESSION_HINT) === '1';
    } catch {
      return true; // storage blocked: ask the server, as before
    }
  },
  set: (on: boolean) => {
    try {
      if (on) localStorage.setItem(SESSION_HINT, '1');
      else localStorage.removeItem(SESSION_HINT);
    } catch {
      // storage blocked: the next load asks the server
    }
  },
};

function stateOf(r: MeResponse): AuthState {
  setCsrfToken(r.csrfToken);
  hint.set(true);
  return {
    status: r.stage === 'active' ? 'active' : 'pending',
    stage: r.stage,
    user: r.user,
    notice: null,
  };
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ ...SIGNED_OUT, status: 'loading' });

  const refresh = useCallback(async () => {
    if (!hint.get()) return setState(SIGNED_OUT);
    try {
      setState(stateOf(await authApi.me()));
    } catch {
      setCsrfToken(null);
      hint.set(false);
      setState(SIGNED_OUT);
    }
  }, []);

  useEffect(() => {
    setAuthHandlers({
      unauthorized: (e) => {
        setCsrfToken(null);
        hint.set(false);
        setState({ ...SIGNED_OUT, notice: e.message || '登录已失效，请重新登录' });
      },
      loginIncomplete: (e) => {
        const stage = (e.details as { stage?: Stage } | null)?.stage ?? null;
        setState((s) => ({ ...s, status: 'pending', stage, notice: e.message }));
      },
    });
    void refresh();
    return () => setAuthHandlers(null);
  }, [refresh]);

  const signedIn = useCallback((r: MeResponse) => setState(stateOf(r)), []);

  const advance = useCallback(
    async (stage: Stage) => {
      if (stage === 'active') await refresh();
      else setState((s) => ({ ...s, status: 'pending', stage }));
    },
    [refresh],
  );

  const signOut = useCallback(async (everywhere = false) => {
    try {
      await (everywhere ? authApi.logoutAll() : authApi.logout());
    } finally {
      setCsrfToken(null);
      hint.set(false);
      setState({ ...SIGNED_OUT, loggedOut: true });
    }
  }, []);

  const value = useMemo<Auth>(() => {
    const granted = new Set(state.user?.permissions ?? []);
    return {
      ...state,
      signedIn,
      advance,
      refresh,
      signOut,
      can: (...permissions) => state.status === 'active' && permissions.some((p) => granted.has(p)),
    };
  }, [state, signedIn, advance, refresh, signOut]);

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside <AuthProvider>');
  return auth;
}
