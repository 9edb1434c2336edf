import { lazy, type ReactNode } from 'react';
import { AccessDenied, Admin, CanAccess, CustomRoutes, localStorageStore } from 'react-admin';
import { Route } from 'react-router-dom';
import { dataProvider } from './providers/dataProvider';
import { authProvider } from './providers/authProvider';
import { i18nProvider, loadMessages, prepareI18n } from './providers/i18nProvider';
import { loadPermissions } from './providers/permissions';
import { Layout } from './layout/Layout';
import { LoginPage } from './auth/LoginPage';
import { initialLocale } from './providers/locale';
import { lazyPage } from './common/lazyViews';
import { resources } from './resources';
import { withServerSavedQueries } from './saved-views/serverSavedQueries';

// Pages outside the resources, each fetched when opened (the dashboard, reports and charts, the board, coding,
// labelling).
const ChangePassword = lazyPage(() => import('./auth/ChangePassword').then((m) => m.ChangePassword));
const ObstacleReport = lazyPage(() => import('./reports/ObstacleReport').then((m) => m.ObstacleReport));
const PlacementReport = lazyPage(() => import('./reports/PlacementReport').then((m) => m.PlacementReport));
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));
const CaseloadPage = lazyPage(() => import('./caseload/CaseloadPage').then((m) => m.CaseloadPage));
const ShelterMoveReport = lazyPage(() => import('./reports/ShelterMoveReport').then((m) => m.ShelterMoveReport));
const ThemeReport = lazyPage(() => import('./reports/ThemeReport').then((m) => m.ThemeReport));
const CohortReport = lazyPage(() => import('./reports/CohortReport').then((m) => m.CohortReport));
const TrendReport = lazyPage(() => import('./reports/TrendReport').then((m) => m.TrendReport));
const ActivityReport = lazyPage(() => import('./reports/ActivityReport').then((m) => m.ActivityReport));
const PipelineBoard = lazyPage(() => import('./placements/PipelineBoard').then((m) => m.PipelineBoard));
const LabellingPage = lazyPage(() => import('./labelling/LabellingPage').then((m) => m.LabellingPage));
const CodingPage = lazyPage(() => import('./coding-samples/CodingPage').then((m) => m.CodingPage));
const ResearchExportsPage = lazyPage(() =>
  import('./person-data/ResearchExportsPage').then((m) => m.ResearchExportsPage),
);
const RetentionPage = lazyPage(() => import('./person-data/RetentionPage').then((m) => m.RetentionPage));

/** A page outside the resources, shown to those the server's permission table allows what it needs. */
const Page = ({ needs: [resource, action], children }: { needs: [string, string]; children: ReactNode }) => (
  <CanAccess resource={resource} action={action} accessDenied={<AccessDenied />}>
    {children}
  </CanAccess>
);

/**
 * What must be ready before the app renders: the UI language's texts. The caller's permissions (one request
 * the first page waits for) are asked at the same time rather than after the first render.
 */
export async function prepareApp(): Promise<void> {
  void loadPermissions().catch(() => undefined); // a failure is asked again by the first page that needs it
  await prepareI18n();
}

/** Fetches, while someone signs in, what the first page will need besides this chunk: the UI language's texts. */
export function preloadApp(): void {
  void loadMessages(initialLocale()).catch(() => undefined);
}

// Lists' saved queries live on the server (saved-views), everything else in the browser.
const store = withServerSavedQueries(localStorageStore());
// The language chosen on the sign-in screen (stored by us) wins over one react-admin kept from an earlier session.
store.setItem('locale', initialLocale());

export const App = () => (
  <Admin
    disableTelemetry
    title="Doorbraak"
    store={store}
    loginPage={LoginPage}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    requireAuth
  >
    {resources}
    <CustomRoutes>
      <Route path="/change-password" element={<ChangePassword />} />
      <Route
        path="/reports/obstacles"
        element={
          <Page needs={['reports', 'obstacles']}>
            <ObstacleReport />
          </Page>
        }
      />
      <Route
        path="/reports/placements"
        element={
          <Page needs={['reports', 'placements']}>
            <PlacementReport />
          </Page>
        }
      />
      <Route
        path="/pipeline"
        element={
          <Page needs={['placements', 'list']}>
            <PipelineBoard />
          </Page>
        }
      />
      <Route
        path="/caseload"
        element={
          <Page needs={['caseload', 'list']}>
            <CaseloadPage />
          </Page>
        }
      />
      <Route
        path="/labelling"
        element={
          <Page needs={['contact-logs', 'bulk-label']}>
            <LabellingPage />
          </Page>
        }
      />
      <Route
        path="/reports/activities"
        element={
          <Page needs={['reports', 'activities']}>
            <ActivityReport />
          </Page>
        }
      />
      <Route
        path="/reports/themes"
        element={
          <Page needs={['reports', 'themes']}>
            <ThemeReport />
          </Page>
        }
      />
      <Route
        path="/reports/shelter-moves"
        element={
          <Page needs={['reports', 'shelter-moves']}>
            <ShelterMoveReport />
          </Page>
        }
      />
      <Route
        path="/reports/cohorts"
        element={
          <Page needs={['reports', 'cohorts']}>
            <CohortReport />
          </Page>
        }
      />
      <Route
        path="/reports/trends"
        element={
          <Page needs={['reports', 'theme-trend']}>
            <TrendReport />
          </Page>
        }
      />
      <Route
        path="/coding"
        element={
          <Page needs={['coding-samples', 'list']}>
            <CodingPage />
          </Page>
        }
      />
      <Route
        path="/research-exports"
        element={
          <Page needs={['research-exports', 'list']}>
            <ResearchExportsPage />
          </Page>
        }
      />
      <Route
        path="/retention"
        element={
          <Page needs={['retention', 'list']}>
            <RetentionPage />
          </Page>
        }
      />
    </CustomRoutes>
  </Admin>
);
