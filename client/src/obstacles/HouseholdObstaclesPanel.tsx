import { useQuery } from '@tanstack/react-query';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { API_URL, httpClient } from '../providers/dataProvider';
import { STATUS_COLORS } from '../common/choices';
import { useDomains } from '../integration-domains/useDomains';
import type { HouseholdObstacleCounts as DomainCounts } from '../api/types';

/** The household roll-up: open and in-progress obstacles by domain, across all its members. */
export const HouseholdObstaclesPanel = ({ householdId }: { householdId: string }) => {
  const translate = useTranslate();
  const { nameOf } = useDomains();
  const { data = [] } = useQuery({
    queryKey: ['household-obstacles-by-domain', householdId],
    queryFn: async () => (await httpClient(`${API_URL}/households/${householdId}/obstacles-by-domain`)).json as DomainCounts[],
  });
  const rows = data.filter((d) => d.open + d.inProgress > 0);
  const status = (key: string) => translate(`resources.obstacles.status.${key}`);
  return (
    <Box data-testid="household-obstacles">
      <Typography variant="h6" gutterBottom>
        {translate('app.householdObstacles.title')}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2">{translate('app.householdObstacles.empty')}</Typography>
      ) : (
        <Table size="small" sx={{ maxWidth: 560 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.obstacles.fields.domainKey')}</TableCell>
              <TableCell align="right" sx={{ color: STATUS_COLORS.open }}>
                {status('open')}
              </TableCell>
              <TableCell align="right" sx={{ color: STATUS_COLORS.in_progress }}>
                {status('in_progress')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((d) => (
              <TableRow key={d.domainKey} data-testid={`household-obstacles-${d.domainKey}`}>
                <TableCell>{nameOf(d.domainKey)}</TableCell>
                <TableCell align="right">{d.open}</TableCell>
                <TableCell align="right">{d.inProgress}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
