import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../common/useApi';
import { DeadlinesPanel } from './DeadlinesPanel';
import { formatDay } from '../common/dates';

// On a phone the table keeps what a caseworker acts on; the rest is on the household's page.
const WIDE_ONLY = { display: { xs: 'none', sm: 'table-cell' } } as const;

/** A caseworker's landing page: my households, soonest deadline first, and what is coming up. */
export const CaseloadPage = () => {
  const translate = useTranslate();
  const { data = [], isPending } = useApi('getCaseload');
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.caseload.title" />
      <DeadlinesPanel mine />
      <Card>
        <CardContent>
          <Typography variant="h6">{translate('app.caseload.title')}</Typography>
          {!isPending && data.length === 0 && (
            <Typography variant="body2">{translate('app.caseload.empty')}</Typography>
          )}
          <Table size="small" data-testid="caseload">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.households.fields.reference')}</TableCell>
                <TableCell>{translate('resources.households.fields.municipality')}</TableCell>
                <TableCell>{translate('app.caseload.nextDeadline')}</TableCell>
                <TableCell align="right">{translate('app.caseload.openTasks')}</TableCell>
                <TableCell align="right" sx={WIDE_ONLY}>
                  {translate('app.caseload.openObstacles')}
                </TableCell>
                <TableCell sx={WIDE_ONLY}>{translate('app.caseload.lastContact')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((row) => (
                <TableRow key={row.id} hover>
                  <TableCell>
                    <Link to={`/households/${row.id}/show`}>{row.reference}</Link>
                  </TableCell>
                  <TableCell>{row.municipality}</TableCell>
                  <TableCell>
                    {row.nextDeadline
                      ? `${translate(`app.deadlines.kind.${row.nextDeadline.kind}`)} · ${formatDay(row.nextDeadline.date)}`
                      : '—'}
                    {row.integrationRoutes.map((r) => (
                      <Typography
                        key={r.personId}
                        variant="body2"
                        color="warning.main"
                        data-testid="caseload-integration"
                      >
                        {translate('app.integrationRoute.caseload')}:{' '}
                        {translate('app.integrationRoute.caseloadEntry', {
                          route: translate(`resources.integration-routes.route.${r.route}`),
                          date: formatDay(r.deadline),
                          count: r.unfinishedParts.length,
                        })}
                      </Typography>
                    ))}
                  </TableCell>
                  <TableCell
                    align="right"
                    sx={{
                      color: row.overdueTasks ? 'error.main' : undefined,
                      fontWeight: row.overdueTasks ? 700 : undefined,
                    }}
                  >
                    {row.openTasks}
                    {row.overdueTasks ? ` (${row.overdueTasks}!)` : ''}
                  </TableCell>
                  <TableCell align="right" sx={WIDE_ONLY}>
                    {row.openObstacles}
                  </TableCell>
                  <TableCell sx={WIDE_ONLY}>{row.lastContactAt ? formatDay(row.lastContactAt) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Box>
  );
};
