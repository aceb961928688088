import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Forbidden } from '../components/Forbidden';
import { PageSpin } from '../components/PageSpin';
import { useAuth } from './auth-context';

/** Pages behind login: anyone not fully signed in goes to /login, and comes back afterwards. */
export function RequireSignedIn() {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === 'loading') return <PageSpin />;
  if (auth.status !== 'active') {
    if (auth.loggedOut) return <Navigate to="/login" replace />;
    const next = location.pathname + location.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** A page that needs one of `perms`; others see 无权访问 rather than an empty page full of errors. */
export function RequirePermission({ perms, children }: { perms: string[]; children: ReactNode }) {
  const auth = useAuth();
  return auth.can(...perms) ? children : <Forbidden />;
}
