import { Box, Card, CardContent } from '@mui/material';
import { CanAccess, useGetList, useRecordContext } from 'react-admin';
import { PlanPanel } from '../perspective-plans/PlanPanel';
import { DomainWheel } from '../obstacles/DomainWheel';
import { ObstaclesPanel } from '../obstacles/ObstaclesPanel';
import { BreakthroughTimeline } from '../breakthroughs/BreakthroughTimeline';
import { MatchingPanel } from '../placements/MatchingPanel';
import { ConsentPanel } from '../consents/ConsentPanel';
import { IncomePanel } from '../incomes/IncomePanel';
import { ReferralsPanel } from '../referrals/ReferralsPanel';
import { AccessHistoryPanel } from '../audit-events/AccessHistoryPanel';
import { IntegrationRoutePanel } from '../integration-routes/IntegrationRoutePanel';
import type { Obstacle, Person, PerspectivePlan } from '../api/types';
import { LearningPanel } from './LearningPanel';
import { PersonSuggestions } from '../vacancies/SuggestionsPanel';

/** The method on one page: perspective, domain wheel, obstacles by domain, breakthroughs; each part for those the permission table lets read it. */
export const PersonCasework = () => {
  const person = useRecordContext<Person>();
  const enabled = Boolean(person?.id);
  const { data: plans = [] } = useGetList<PerspectivePlan>(
    'perspective-plans',
    { filter: { personId: person?.id, status: 'active' }, pagination: { page: 1, perPage: 1 } },
    { enabled },
  );
  const { data: obstacles = [] } = useGetList<Obstacle>(
    'obstacles',
    {
      filter: { personId: person?.id },
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'identifiedOn', order: 'ASC' },
    },
    { enabled },
  );
  if (!person) return null;
  const plan = plans[0];
  return (
    <Box sx={{ p: 2 }}>
      <CanAccess resource="consents" action="list">
        <ConsentPanel person={person} />
      </CanAccess>
      <CanAccess resource="integration-routes" action="list">
        <IntegrationRoutePanel person={person} />
      </CanAccess>
      <CanAccess resource="incomes" action="list">
        <IncomePanel person={person} />
      </CanAccess>
      <PlanPanel plan={plan} obstacles={obstacles} />
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <DomainWheel obstacles={obstacles} />
        </CardContent>
      </Card>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2 }}>
        <ObstaclesPanel person={person} planId={plan?.id} obstacles={obstacles} />
        <CanAccess resource="breakthroughs" action="list">
          <BreakthroughTimeline householdId={person.householdId} personId={person.id} obstacles={obstacles} />
        </CanAccess>
      </Box>
      <CanAccess resource="person-skills" action="list">
        <LearningPanel person={person} />
      </CanAccess>
      <CanAccess resource="placements" action="list">
        <MatchingPanel person={person} />
      </CanAccess>
      <CanAccess resource="vacancies" action="suggestions">
        <PersonSuggestions personId={person.id} />
      </CanAccess>
      <CanAccess resource="referrals" action="list">
        <ReferralsPanel person={person} />
      </CanAccess>
      <AccessHistoryPanel record={person} />
    </Box>
  );
};
