import { lazy, Suspense, type ComponentType } from 'react';
import { createBrowserRouter, Outlet } from 'react-router';
import { AuthProvider } from './auth/auth-context';
import { RequirePermission, RequireSignedIn } from './auth/guards';
import { PageSpin } from './components/PageSpin';
import { NAV } from './nav';

/** Every page is its own chunk, so the first screen loads only what it shows. */
function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<PageSpin />}>
      <Page />
    </Suspense>
  );
}

const permsOf = (path: string): string[] => NAV.flatMap((g) => g.items).find((i) => i.path === path)?.perms ?? [];

const guarded = (path: string, load: () => Promise<{ default: ComponentType }>) => ({
  path,
  element: <RequirePermission perms={permsOf(path)}>{page(load)}</RequirePermission>,
});

function Root() {
  return (
    <AuthProvider>
      <Outlet />
    </AuthProvider>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: '/', element: page(() => import('./pages/portal/HomeRedirect')) },
      { path: '/portal', element: page(() => import('./pages/portal/PortalPage')) },
      { path: '/portal/register', element: page(() => import('./pages/portal/RegisterPage')) },
      { path: '/login', element: page(() => import('./pages/login/LoginPage')) },
      {
        element: <RequireSignedIn />,
        children: [
          {
            element: page(() => import('./components/AppLayout')),
            children: [
              guarded('/inbox', () => import('./pages/inbox/InboxPage')),
              { path: '/me', element: page(() => import('./pages/me/ProfilePage')) },
              { path: '/search', element: <RequirePermission perms={['search.use']}>{page(() => import('./pages/search/SearchPage'))}</RequirePermission> },
              guarded('/admin/orgs', () => import('./pages/admin/orgs/OrgsPage')),
              guarded('/admin/users', () => import('./pages/admin/users/UsersPage')),
              guarded('/admin/roles', () => import('./pages/admin/roles/RolesPage')),
              guarded('/admin/tokens', () => import('./pages/admin/tokens/TokensPage')),
              guarded('/admin/calendar', () => import('./pages/admin/calendar/CalendarPage')),
              guarded('/admin/numbering', () => import('./pages/admin/numbering/NumberingPage')),
              guarded('/admin/jobs', () => import('./pages/admin/jobs/JobsPage')),
              guarded('/audit', () => import('./pages/audit/AuditPage')),
              { path: '*', element: page(() => import('./pages/NotFoundPage')) },
            ],
          },
        ],
      },
    ],
  },
]);
