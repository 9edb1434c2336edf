import { Card, CardContent, Typography, Box } from '@mui/material';
import { CanAccess, Title, useGetIdentity, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { DeadlinesPanel } from '../caseload/DeadlinesPanel';
import { CaseloadPage } from '../caseload/CaseloadPage';

const Count = ({ resource, filter, label, to }: { resource: string; filter?: object; label: string; to: string }) => {
  const { total, isPending } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter });
  return (
    <Card sx={{ minWidth: 180 }}>
      <CardContent component={Link} to={to} sx={{ display: 'block', textDecoration: 'none', color: 'inherit' }}>
        <Typography variant="h4">{isPending ? '…' : (total ?? 0)}</Typography>
        <Typography variant="body2">{label}</Typography>
      </CardContent>
    </Card>
  );
};

/** Caseworkers land on their caseload; everyone else on the overview. */
export const Dashboard = () => {
  const { identity } = useGetIdentity();
  if (identity?.role === 'caseworker') return <CaseloadPage />;
  return <Overview />;
};

const Overview = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const mine = identity ? { assigneeIds: identity.id, status: 'active' } : undefined;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.title" />
      <Typography variant="h5" gutterBottom>
        {translate('app.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
      <Typography variant="body1" sx={{ mb: 2 }}>
        {translate('app.dashboard.intro')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <CanAccess resource="households" action="list">
          <Count
            resource="households"
            filter={{ status: 'active' }}
            label={translate('app.dashboard.households')}
            to="/households"
          />
        </CanAccess>
        <CanAccess resource="persons" action="list">
          <Count resource="persons" label={translate('app.dashboard.persons')} to="/persons" />
        </CanAccess>
        {mine && (
          <CanAccess resource="households" action="list">
            <Count
              resource="households"
              filter={mine}
              label={translate('app.dashboard.assignedToMe')}
              to={`/households?filter=${encodeURIComponent(JSON.stringify(mine))}`}
            />
          </CanAccess>
        )}
      </Box>
      <CanAccess resource="caseload" action="deadlines">
        <Box sx={{ mt: 2 }}>
          <DeadlinesPanel />
        </Box>
      </CanAccess>
    </Box>
  );
};
