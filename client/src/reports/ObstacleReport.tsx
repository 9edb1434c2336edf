import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { API_URL, httpClient } from '../providers/dataProvider';
import { STATUS_COLORS } from '../common/choices';
import { useDomains } from '../integration-domains/useDomains';
import { downloadCsv, reportQuery } from './download';
import { DateFilter, UserFilter, MunicipalityFilter, TrackFilter } from './ReportFilters';
import { formatNumber, formatPercent } from '../common/formats';

interface DomainRow {
  domainKey: string;
  open: number;
  inProgress: number;
  resolved: number;
  notResolvable: number;
  total: number;
  medianDaysToResolve: number | null;
  shareResolved: number;
}

interface SystemicRow {
  domainKey: string;
  title: string;
  systemicNote: string | null;
  persons: number;
  households: number;
  unresolved: number;
}

const percent = (share: number) => formatPercent(share);

/** Obstacles per domain and status, and the systemic ones for the policy conversation. */
export const ObstacleReport = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { nameOf } = useDomains();
  const [locale] = useLocaleState();
  const [filter, setFilter] = useState({ identifiedOn_gte: '', identifiedOn_lte: '', municipality: '', track: '', ownerId: '' });
  const query = reportQuery(filter);
  const report = useQuery({
    queryKey: ['report-obstacles', query],
    queryFn: async () => (await httpClient(`${API_URL}/reports/obstacles${query}`)).json as { byDomain: DomainRow[]; total: number; shareResolved: number },
  });
  const systemic = useQuery({
    queryKey: ['report-systemic', query],
    queryFn: async () => (await httpClient(`${API_URL}/reports/systemic-obstacles${query}`)).json as SystemicRow[],
  });
  const rows = (report.data?.byDomain ?? []).map((d) => ({ ...d, name: nameOf(d.domainKey) }));
  const status = (key: string) => translate(`resources.obstacles.status.${key}`);
  // The CSV names each domain in the reader's language next to its key.
  const download = (path: string, file: string) =>
    downloadCsv(`${API_URL}${path}${query}${query ? '&' : '?'}lang=${locale}`, file).catch((e) => notify(e.message, { type: 'error' }));

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.reports.obstacles" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <DateFilter label={translate('app.reports.from')} value={filter.identifiedOn_gte} onChange={(v) => setFilter({ ...filter, identifiedOn_gte: v })} />
          <DateFilter label={translate('app.reports.to')} value={filter.identifiedOn_lte} onChange={(v) => setFilter({ ...filter, identifiedOn_lte: v })} />
          <MunicipalityFilter value={filter.municipality} onChange={(v) => setFilter({ ...filter, municipality: v })} />
          <TrackFilter value={filter.track} onChange={(v) => setFilter({ ...filter, track: v })} />
          <UserFilter label={translate('app.reports.owner')} value={filter.ownerId} onChange={(v) => setFilter({ ...filter, ownerId: v })} />
          <Typography data-testid="report-total">
            {translate('app.reports.total')}: <strong>{report.data?.total ?? '…'}</strong> · {translate('app.reports.shareResolved')}:{' '}
            <strong>{report.data ? percent(report.data.shareResolved) : '…'}</strong>
          </Typography>
        </CardContent>
      </Card>
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
            <Typography variant="h6">{translate('app.reports.obstacles')}</Typography>
            <Button label="app.reports.downloadCsv" onClick={() => download('/reports/obstacles', 'obstacles-by-domain.csv')}>
              <DownloadIcon />
            </Button>
          </Box>
          <Box sx={{ height: 360 }}>
            <ResponsiveContainer>
              <BarChart data={rows} layout="vertical" margin={{ left: 40 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="name" width={170} interval={0} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Legend />
                <Bar dataKey="open" stackId="s" name={status('open')} fill={STATUS_COLORS.open} />
                <Bar dataKey="inProgress" stackId="s" name={status('in_progress')} fill={STATUS_COLORS.in_progress} />
                <Bar dataKey="resolved" stackId="s" name={status('resolved')} fill={STATUS_COLORS.resolved} />
                <Bar dataKey="notResolvable" stackId="s" name={status('not_resolvable')} fill={STATUS_COLORS.not_resolvable} />
              </BarChart>
            </ResponsiveContainer>
          </Box>
          <Table size="small" data-testid="report-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.obstacles.fields.domainKey')}</TableCell>
                <TableCell align="right">{status('open')}</TableCell>
                <TableCell align="right">{status('in_progress')}</TableCell>
                <TableCell align="right">{status('resolved')}</TableCell>
                <TableCell align="right">{status('not_resolvable')}</TableCell>
                <TableCell align="right">{translate('app.reports.shareResolved')}</TableCell>
                <TableCell align="right">{translate('app.reports.medianDays')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.domainKey}>
                  <TableCell>{r.name}</TableCell>
                  <TableCell align="right">{r.open}</TableCell>
                  <TableCell align="right">{r.inProgress}</TableCell>
                  <TableCell align="right">{r.resolved}</TableCell>
                  <TableCell align="right">{r.notResolvable}</TableCell>
                  <TableCell align="right">{r.total ? percent(r.shareResolved) : '—'}</TableCell>
                  <TableCell align="right">{r.medianDaysToResolve === null ? '—' : formatNumber(r.medianDaysToResolve)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
            <Typography variant="h6">{translate('app.reports.systemic')}</Typography>
            <Button label="app.reports.downloadCsv" onClick={() => download('/reports/systemic-obstacles', 'systemic-obstacles.csv')}>
              <DownloadIcon />
            </Button>
          </Box>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.obstacles.fields.domainKey')}</TableCell>
                <TableCell>{translate('resources.obstacles.fields.title')}</TableCell>
                <TableCell>{translate('resources.obstacles.fields.systemicNote')}</TableCell>
                <TableCell align="right">{translate('app.reports.persons')}</TableCell>
                <TableCell align="right">{translate('app.reports.households')}</TableCell>
                <TableCell align="right">{translate('app.reports.unresolved')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {(systemic.data ?? []).map((r) => (
                <TableRow key={`${r.domainKey}-${r.title}`}>
                  <TableCell>{nameOf(r.domainKey)}</TableCell>
                  <TableCell>{r.title}</TableCell>
                  <TableCell>{r.systemicNote ?? '—'}</TableCell>
                  <TableCell align="right">{r.persons}</TableCell>
                  <TableCell align="right">{r.households}</TableCell>
                  <TableCell align="right">{r.unresolved}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Box>
  );
};
