import type { ReactNode } from 'react';
import { AccessDenied, Admin, CanAccess, CustomRoutes, Resource, localStorageStore } from 'react-admin';
import { Route } from 'react-router-dom';
import { dataProvider } from './providers/dataProvider';
import { authProvider } from './providers/authProvider';
import { i18nProvider } from './providers/i18nProvider';
import { Layout } from './layout/Layout';
import { Dashboard } from './dashboard/Dashboard';
import { ChangePassword } from './auth/ChangePassword';
import { LoginPage } from './auth/LoginPage';
import { initialLocale } from './providers/locale';
import households from './households';
import persons from './persons';
import users from './users';
import integrationDomains from './integration-domains';
import perspectivePlans from './perspective-plans';
import obstacles from './obstacles';
import breakthroughs from './breakthroughs';
import { ObstacleReport } from './reports/ObstacleReport';
import { PlacementReport } from './reports/PlacementReport';
import { PipelineBoard } from './placements/PipelineBoard';
import employers from './employers';
import networkConversations from './network-conversations';
import placements from './placements';
import tasks from './tasks';
import partnerOrganizations from './partner-organizations';
import auditEvents from './audit-events';
import { CaseloadPage } from './caseload/CaseloadPage';
import contactLogs from './contact-logs';
import labels from './labels';
import helpdeskQuestions from './helpdesk-questions';
import { LabellingPage } from './labelling/LabellingPage';
import { ThemeReport } from './reports/ThemeReport';
import { CodingPage } from './coding-samples/CodingPage';

/** A page outside the resources, shown to those the server's permission table allows what it needs. */
const Page = ({ needs: [resource, action], children }: { needs: [string, string]; children: ReactNode }) => (
  <CanAccess resource={resource} action={action} accessDenied={<AccessDenied />}>
    {children}
  </CanAccess>
);

const store = localStorageStore();
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
    <Resource name="households" {...households} />
    <Resource name="tasks" {...tasks} />
    <Resource name="contact-logs" {...contactLogs} />
    <Resource name="helpdesk-questions" {...helpdeskQuestions} />
    <Resource name="labels" {...labels} />
    <Resource name="persons" {...persons} />
    <Resource name="perspective-plans" {...perspectivePlans} />
    <Resource name="obstacles" {...obstacles} />
    <Resource name="breakthroughs" {...breakthroughs} />
    <Resource name="placements" {...placements} />
    <Resource name="employers" {...employers} />
    <Resource name="network-conversations" {...networkConversations} />
    <Resource name="partner-organizations" {...partnerOrganizations} />
    <Resource name="integration-domains" {...integrationDomains} />
    <Resource name="referrals" />
    <Resource name="consents" />
    <Resource name="audit-events" {...auditEvents} />
    <Resource name="users" {...users} />
    <CustomRoutes>
      <Route path="/change-password" element={<ChangePassword />} />
      <Route path="/reports/obstacles" element={<Page needs={['reports', 'obstacles']}><ObstacleReport /></Page>} />
      <Route path="/reports/placements" element={<Page needs={['reports', 'placements']}><PlacementReport /></Page>} />
      <Route path="/pipeline" element={<Page needs={['placements', 'list']}><PipelineBoard /></Page>} />
      <Route path="/caseload" element={<Page needs={['caseload', 'list']}><CaseloadPage /></Page>} />
      <Route path="/labelling" element={<Page needs={['contact-logs', 'bulk-label']}><LabellingPage /></Page>} />
      <Route path="/reports/themes" element={<Page needs={['reports', 'themes']}><ThemeReport /></Page>} />
      <Route path="/coding" element={<Page needs={['coding-samples', 'list']}><CodingPage /></Page>} />
    </CustomRoutes>
  </Admin>
);
