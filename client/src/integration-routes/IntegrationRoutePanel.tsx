import { useState } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import {
  Button,
  CanAccess,
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useGetList,
  useTranslate,
} from 'react-admin';
import { RecordDialog } from '../common/RecordDialog';
import { formatDay } from '../common/dates';
import { useApi } from '../common/useApi';
import { choices, INTEGRATION_PART_STATUSES, INTEGRATION_PARTS, INTEGRATION_ROUTE_KINDS } from '../common/choices';
import type { IntegrationPart, IntegrationRoute, Person } from '../api/types';

/** The entity's field prefix of each part (`languageStatus`, `societyKnowledgeStartedOn`, ...). */
const PREFIX: Record<
  IntegrationPart,
  'language' | 'societyKnowledge' | 'labourMarketModule' | 'participationStatement'
> = {
  language: 'language',
  society_knowledge: 'societyKnowledge',
  labour_market_module: 'labourMarketModule',
  participation_statement: 'participationStatement',
};

/** The language level each route leads to (letter 004, footnote 8). */
const LEVEL = { b1: 'B1', education: 'B1', z_route: 'A1' } as const;

/**
 * A status holder's integration route: its parts, the deadline, and a
 * warning where lessons and work together pass the weekly limit (letter 002,
 * Shakib: a full-time job and compulsory lessons).
 */
export const IntegrationRoutePanel = ({ person }: { person: Person }) => {
  const translate = useTranslate();
  const [editing, setEditing] = useState<IntegrationRoute | 'new' | null>(null);
  const { data: routes = [] } = useGetList<IntegrationRoute>('integration-routes', {
    filter: { personId: person.id },
    pagination: { page: 1, perPage: 1 },
  });
  const route = routes[0];
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.integrationRoute.${key}`, options);
  const partName = (part: IntegrationPart) => translate(`resources.integration-routes.part.${part}`);

  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="integration-route-panel">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{t('title')}</Typography>
          {route ? (
            <CanAccess resource="integration-routes" action="edit">
              <Button label="app.integrationRoute.edit" onClick={() => setEditing(route)}>
                <EditIcon />
              </Button>
            </CanAccess>
          ) : (
            <CanAccess resource="integration-routes" action="create">
              <Button label="app.integrationRoute.add" variant="outlined" onClick={() => setEditing('new')}>
                <AddIcon />
              </Button>
            </CanAccess>
          )}
        </Box>
        {!route && <Typography variant="body2">{t('none')}</Typography>}
        {route && (
          <>
            <WeeklyHoursWarning routeId={route.id} />
            <Typography variant="body2" sx={{ mt: 1 }} data-testid="integration-route-summary">
              {translate(`resources.integration-routes.route.${route.route}`)} ·{' '}
              {t('level', { level: LEVEL[route.route] })} · {translate('resources.integration-routes.fields.startDate')}{' '}
              {formatDay(route.startDate)} · {translate('resources.integration-routes.fields.deadline')}{' '}
              <strong>{formatDay(route.deadline)}</strong>
              {route.lessonHoursPerWeek !== null &&
                ` · ${translate('resources.integration-routes.fields.lessonHoursPerWeek')}: ${route.lessonHoursPerWeek}`}
            </Typography>
            <Typography variant="body2" sx={{ mt: 1 }} data-testid="integration-route-unfinished">
              {route.unfinishedParts.length
                ? t('unfinished', { parts: route.unfinishedParts.map(partName).join(', ') })
                : t('allDone')}
            </Typography>
            <Box sx={{ overflowX: 'auto' }}>
              <Table size="small" sx={{ mt: 1 }}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('part')}</TableCell>
                    <TableCell>{t('status')}</TableCell>
                    <TableCell>{t('startedOn')}</TableCell>
                    <TableCell>{t('completedOn')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {INTEGRATION_PARTS.map((part) => {
                    const p = PREFIX[part];
                    return (
                      <TableRow key={part}>
                        <TableCell>{partName(part)}</TableCell>
                        <TableCell>
                          {translate(`resources.integration-routes.partStatus.${route[`${p}Status`]}`)}
                        </TableCell>
                        <TableCell>{formatDay(route[`${p}StartedOn`]) || '—'}</TableCell>
                        <TableCell>{formatDay(route[`${p}CompletedOn`]) || '—'}</TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </Box>
          </>
        )}
      </CardContent>
      {editing && (
        <RecordDialog
          resource="integration-routes"
          title={editing === 'new' ? 'app.integrationRoute.add' : 'app.integrationRoute.edit'}
          fixed={{ personId: person.id }}
          record={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        >
          <SelectInput
            source="route"
            choices={choices('integration-routes', 'route', INTEGRATION_ROUTE_KINDS)}
            validate={required()}
          />
          <DateInput source="startDate" validate={required()} />
          <DateInput source="deadline" helperText="app.integrationRoute.deadlineHelp" />
          <NumberInput source="lessonHoursPerWeek" step={0.5} validate={[minValue(0), maxValue(60)]} />
          {INTEGRATION_PARTS.map((part) => (
            <Box key={part} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
              <SelectInput
                source={`${PREFIX[part]}Status`}
                choices={choices('integration-routes', 'partStatus', INTEGRATION_PART_STATUSES)}
                defaultValue="not_started"
              />
              <DateInput source={`${PREFIX[part]}StartedOn`} />
              <DateInput source={`${PREFIX[part]}CompletedOn`} />
            </Box>
          ))}
          <TextInput source="notes" multiline fullWidth />
        </RecordDialog>
      )}
    </Card>
  );
};

/** The week of lessons and work against the limit; a warning only where it passes it. */
const WeeklyHoursWarning = ({ routeId }: { routeId: string }) => {
  const translate = useTranslate();
  const { data } = useApi('getWeeklyHours', { routeId });
  if (!data) return null;
  const values = {
    lessons: data.lessonHoursPerWeek,
    work: data.workHoursPerWeek,
    total: data.totalHoursPerWeek,
    limit: data.limit,
  };
  if (!data.exceedsLimit)
    return (
      <Typography variant="body2" color="text.secondary" data-testid="weekly-hours">
        {translate('app.integrationRoute.weekly', values)}
      </Typography>
    );
  return (
    <Alert severity="warning" sx={{ mt: 1 }} data-testid="weekly-hours-warning">
      <AlertTitle>{translate('app.integrationRoute.warningTitle', values)}</AlertTitle>
      {translate('app.integrationRoute.warning', values)}
    </Alert>
  );
};
