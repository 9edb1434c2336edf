import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { dataProvider } from './providers/dataProvider';
import { authProvider } from './providers/authProvider';
import { i18nProvider } from './providers/i18nProvider';
import { Layout } from './layout/Layout';
import { Dashboard } from './dashboard/Dashboard';
import { ChangePassword } from './auth/ChangePassword';
import households from './households';
import persons from './persons';
import users from './users';
import integrationDomains from './integration-domains';

export const App = () => (
  <Admin
    disableTelemetry
    title="Doorbraak"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    layout={Layout}
    dashboard={Dashboard}
    requireAuth
  >
    <Resource name="households" {...households} />
    <Resource name="persons" {...persons} />
    <Resource name="integration-domains" {...integrationDomains} />
    <Resource name="users" {...users} />
    <CustomRoutes>
      <Route path="/change-password" element={<ChangePassword />} />
    </CustomRoutes>
  </Admin>
);
