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

const permsOf = (path: string): string[] =>
  NAV.flatMap((g) => g.items).find((i) => i.path === path)?.perms ?? [];

const guarded = (path: string, load: () => Promise<{ default: ComponentType }>) => ({
  path,
  element: <RequirePermission perms={permsOf(path)}>{page(load)}</RequirePermission>,
});

/** A print view: signed in, outside the application's frame (no header, no menu). */
const printed = (path: string, perm: string, load: () => Promise<{ default: ComponentType }>) => ({
  path,
  element: <RequirePermission perms={[perm]}>{page(load)}</RequirePermission>,
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
      { path: '/portal/quiz', element: page(() => import('./pages/portal/quiz/QuizListPage')) },
      { path: '/portal/quiz/:id', element: page(() => import('./pages/portal/quiz/QuizTakePage')) },
      {
        path: '/portal/enforcement',
        element: page(() => import('./pages/portal/enforcement/EnforcementPublicPage')),
      },
      {
        path: '/portal/decisions',
        element: page(() => import('./pages/portal/decisions/DecisionsPortalPage')),
      },
      {
        path: '/portal/decisions/:id',
        element: page(() => import('./pages/portal/decisions/DecisionCommentPage')),
      },
      {
        path: '/portal/disclosure',
        element: page(() => import('./pages/portal/disclosure/DisclosureHomePage')),
      },
      {
        path: '/portal/disclosure/items/:id',
        element: page(() => import('./pages/portal/disclosure/DisclosureItemPage')),
      },
      {
        path: '/portal/disclosure/guide',
        element: page(() => import('./pages/portal/disclosure/GuidePublicPage')),
      },
      {
        path: '/portal/disclosure/villages',
        element: page(() => import('./pages/portal/disclosure/VillagesPage')),
      },
      {
        path: '/portal/disclosure/villages/:id',
        element: page(() => import('./pages/portal/disclosure/VillagePage')),
      },
      {
        path: '/portal/disclosure/village-items/:id',
        element: page(() => import('./pages/portal/disclosure/VillageItemPublicPage')),
      },
      {
        path: '/portal/disclosure/apply',
        element: page(() => import('./pages/portal/apply/ApplyPage')),
      },
      {
        path: '/portal/disclosure/track',
        element: page(() => import('./pages/portal/apply/TrackPage')),
      },
      {
        path: '/portal/disclosure/annual',
        element: page(() => import('./pages/disclosure/annual/PublicAnnualReportPage')),
      },
      {
        path: '/portal/disclosure/annual/:year',
        element: page(() => import('./pages/disclosure/annual/PublicAnnualReportPage')),
      },
      {
        path: '/portal/legal-services',
        element: page(() => import('./pages/portal/legal-services/LegalServicesPortalPage')),
      },
      { path: '/login', element: page(() => import('./pages/login/LoginPage')) },
      {
        element: <RequireSignedIn />,
        children: [
          {
            element: page(() => import('./components/AppLayout')),
            children: [
              { path: '/home', element: page(() => import('./pages/home/HomePage')) },
              {
                path: '/notifications',
                element: page(() => import('./pages/notifications/NotificationsPage')),
              },
              guarded('/inbox', () => import('./pages/inbox/InboxPage')),
              { path: '/me', element: page(() => import('./pages/me/ProfilePage')) },
              {
                path: '/search',
                element: (
                  <RequirePermission perms={['search.use']}>
                    {page(() => import('./pages/search/SearchPage'))}
                  </RequirePermission>
                ),
              },
              guarded('/admin/orgs', () => import('./pages/admin/orgs/OrgsPage')),
              guarded('/admin/users', () => import('./pages/admin/users/UsersPage')),
              guarded('/admin/roles', () => import('./pages/admin/roles/RolesPage')),
              guarded('/admin/tokens', () => import('./pages/admin/tokens/TokensPage')),
              guarded('/admin/calendar', () => import('./pages/admin/calendar/CalendarPage')),
              guarded('/admin/numbering', () => import('./pages/admin/numbering/NumberingPage')),
              guarded('/admin/jobs', () => import('./pages/admin/jobs/JobsPage')),
              guarded('/audit', () => import('./pages/audit/AuditPage')),
              guarded(
                '/disclosure/proactive',
                () => import('./pages/disclosure/proactive/CataloguePage'),
              ),
              guarded(
                '/disclosure/proactive/guide',
                () => import('./pages/disclosure/proactive/GuidePage'),
              ),
              guarded(
                '/disclosure/proactive/figures',
                () => import('./pages/disclosure/proactive/FiguresPage'),
              ),
              guarded(
                '/disclosure/village',
                () => import('./pages/disclosure/village/VillageItemsPage'),
              ),
              guarded(
                '/disclosure/village/board',
                () => import('./pages/disclosure/village/BoardPage'),
              ),
              guarded(
                '/disclosure/village/complaints',
                () => import('./pages/disclosure/village/ComplaintsPage'),
              ),
              guarded(
                '/disclosure/village/rules',
                () => import('./pages/disclosure/village/RulesPage'),
              ),
              guarded(
                '/disclosure/requests',
                () => import('./pages/disclosure/requests/RequestsPage'),
              ),
              guarded(
                '/disclosure/annual',
                () => import('./pages/disclosure/annual/AnnualReportPage'),
              ),
              guarded('/review/items', () => import('./pages/review/ReviewListPage')),
              {
                path: '/review/items/:id',
                element: (
                  <RequirePermission perms={['review.item.read']}>
                    {page(() => import('./pages/review/item/ItemPage'))}
                  </RequirePermission>
                ),
              },
              guarded('/review/dashboard', () => import('./pages/review/DashboardPage')),
              guarded('/review/filings', () => import('./pages/review/FilingsPage')),
              guarded('/review/fcr', () => import('./pages/review/fcr/FcrPage')),
              guarded('/enforcement/cases', () => import('./pages/enforcement/CasesPage')),
              {
                path: '/enforcement/cases/:id',
                element: (
                  <RequirePermission perms={['enforcement.case.read']}>
                    {page(() => import('./pages/enforcement/CasePage'))}
                  </RequirePermission>
                ),
              },
              guarded(
                '/enforcement/entrustments',
                () => import('./pages/enforcement/EntrustmentsPage'),
              ),
              guarded(
                '/enforcement/certificates',
                () => import('./pages/enforcement/CertificatesPage'),
              ),
              guarded('/enforcement/stats', () => import('./pages/enforcement/StatsPage')),
              guarded(
                '/enforcement/inspections',
                () => import('./pages/enforcement/inspections/InspectionsPage'),
              ),
              {
                path: '/enforcement/inspections/new',
                element: (
                  <RequirePermission perms={['enforcement.inspection.record']}>
                    {page(() => import('./pages/enforcement/inspections/InspectionFormPage'))}
                  </RequirePermission>
                ),
              },
              guarded(
                '/enforcement/hazards',
                () => import('./pages/enforcement/inspections/HazardsPage'),
              ),
              {
                path: '/enforcement/hazards/:id',
                element: (
                  <RequirePermission perms={['enforcement.inspection.read']}>
                    {page(() => import('./pages/enforcement/inspections/HazardDetailPage'))}
                  </RequirePermission>
                ),
              },
              guarded('/enforcement/plans', () => import('./pages/enforcement/plans/PlansPage')),
              {
                path: '/enforcement/plans/:id',
                element: (
                  <RequirePermission perms={['enforcement.inspection.read']}>
                    {page(() => import('./pages/enforcement/plans/PlanDetailPage'))}
                  </RequirePermission>
                ),
              },
              guarded('/litigation/cases', () => import('./pages/litigation/CasesPage')),
              {
                path: '/litigation/cases/:id',
                element: (
                  <RequirePermission perms={['litigation.case.read']}>
                    {page(() => import('./pages/litigation/CasePage'))}
                  </RequirePermission>
                ),
              },
              guarded('/litigation/stats', () => import('./pages/litigation/StatsPage')),
              guarded('/decisions', () => import('./pages/decisions/DecisionsPage')),
              guarded('/decisions/catalogue', () => import('./pages/decisions/CataloguePage')),
              guarded('/decisions/experts', () => import('./pages/decisions/ExpertPoolPage')),
              {
                path: '/decisions/:id',
                element: (
                  <RequirePermission perms={['decisions.read']}>
                    {page(() => import('./pages/decisions/DecisionPage'))}
                  </RequirePermission>
                ),
              },
              guarded(
                '/legal-services/station',
                () => import('./pages/legal-services/StationPage'),
              ),
              guarded('/legal-services/aid', () => import('./pages/legal-services/AidListPage')),
              {
                path: '/legal-services/aid/:id',
                element: (
                  <RequirePermission perms={['legal_services.aid.read']}>
                    {page(() => import('./pages/legal-services/AidPage'))}
                  </RequirePermission>
                ),
              },
              guarded(
                '/legal-services/advisers',
                () => import('./pages/legal-services/AdvisersPage'),
              ),
              guarded(
                '/legal-services/assistance',
                () => import('./pages/legal-services/AssistancePage'),
              ),
              guarded('/pufa/quizzes', () => import('./pages/pufa/QuizzesPage')),
              guarded('/pufa/contents', () => import('./pages/pufa/ContentsPage')),
              guarded('/team/members', () => import('./pages/team/RosterPage')),
              guarded('/team/study', () => import('./pages/team/StudyPage')),
              guarded('/disputes', () => import('./pages/disputes/DisputesPage')),
              guarded('/report/cockpit', () => import('./pages/report/CockpitPage')),
              guarded('/report/indicators', () => import('./pages/report/IndicatorsPage')),
              guarded('/report', () => import('./pages/report/ReportPage')),
              guarded('/report/towns', () => import('./pages/report/TownsPage')),
              guarded('/disputes/new', () => import('./pages/disputes/IntakePage')),
              guarded('/disputes/stats', () => import('./pages/disputes/StatsPage')),
              {
                path: '/disputes/:id',
                element: (
                  <RequirePermission perms={['disputes.read']}>
                    {page(() => import('./pages/disputes/DisputePage'))}
                  </RequirePermission>
                ),
              },
              { path: '*', element: page(() => import('./pages/NotFoundPage')) },
            ],
          },
          printed(
            '/print/disclosure/requests/:id/receipt',
            'disclosure.request.read',
            () => import('./pages/print/RequestReceiptPrint'),
          ),
          printed(
            '/print/disclosure/requests/:id/service',
            'disclosure.request.read',
            () => import('./pages/print/RequestServicePrint'),
          ),
          printed(
            '/print/disclosure/requests/:id',
            'disclosure.request.read',
            () => import('./pages/print/RequestSummaryPrint'),
          ),
          printed(
            '/print/review/items/:id/service',
            'review.item.read',
            () => import('./pages/print/ItemServicePrint'),
          ),
          printed(
            '/print/review/items/:id',
            'review.item.read',
            () => import('./pages/print/ItemSummaryPrint'),
          ),
        ],
      },
    ],
  },
]);
