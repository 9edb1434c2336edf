import { useState } from 'react';
import {
  Box,
  Card,
  CardContent,
  Checkbox,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { usePermissions } from 'react-admin';
import { MakeSignalButton } from '../policy-signals/MakeSignalButton';
import { allows, type Permissions } from '../providers/permissions';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { OBSTACLE_STATUSES, STATUS_COLORS } from '../common/choices';
import { camelCase } from '../common/camelCase';
import { useDomains } from '../integration-domains/useDomains';
import { useApi } from '../common/useApi';
import { useReportDownload } from './download';
import { DateFilter, UserFilter, MunicipalityFilter, TrackFilter } from './ReportFilters';
import { useGuardedFormat, useReportFormat } from './format';
import { EmptyReport, Swatch } from './ReportParts';
import { isDay, isId, isText, isTrack, useUrlFilters } from './urlFilters';
import { ReportViews } from './ReportViews';

export const OBSTACLE_FILTERS = {
  identifiedOn_gte: '',
  identifiedOn_lte: '',
  municipality: '',
  track: '',
  ownerId: '',
};
const VALID = { identifiedOn_gte: isDay, identifiedOn_lte: isDay, municipality: isText, track: isTrack, ownerId: isId };
/** Each status with its column in the report's rows (`in_progress` → `inProgress`). */
const STATUSES = OBSTACLE_STATUSES.map((code) => [camelCase(code), code] as const);

/** Obstacles per domain and status, and the systemic ones for the policy conversation. */
export const ObstacleReport = () => {
  const translate = useTranslate();
  const { nameOf } = useDomains();
  const { percent, number } = useReportFormat();
  const guarded = useGuardedFormat();
  const [filter, setFilter] = useUrlFilters(OBSTACLE_FILTERS, VALID);
  const filtered = Object.values(filter).some((v) => v !== '');
  const clear = filtered ? () => setFilter(OBSTACLE_FILTERS) : undefined;
  const report = useApi('getObstacleReport', filter);
  const systemic = useApi('getSystemicObstacleReport', filter);
  // A domain of fewer than 5 persons has no figures: no bar, "fewer than 5" in the table.
  const rows = (report.data?.byDomain ?? []).map((d) => ({ ...d, name: nameOf(d.domainKey) }));
  const status = (key: string) => translate(`resources.obstacles.status.${key}`);
  // The CSV names domains and statuses in the reader's language.
  const download = useReportDownload();
  // Issue 17: rows chosen to become (or extend) a policy signal, by their key.
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const { permissions } = usePermissions<Permissions>();
  const mayMakeSignals = allows(permissions, 'policy-signals', 'create');
  const rowKey = (r: { domainKey: string; title: string }) => `${r.domainKey}-${r.title}`;
  const chosenRows = (systemic.data ?? []).filter((r) => chosen.has(rowKey(r)));
  const toggle = (key: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.reports.obstacles" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <ReportViews report="obstacles" />
          <DateFilter
            label={translate('app.reports.from')}
            value={filter.identifiedOn_gte}
            onChange={(v) => setFilter({ ...filter, identifiedOn_gte: v })}
          />
          <DateFilter
            label={translate('app.reports.to')}
            value={filter.identifiedOn_lte}
            onChange={(v) => setFilter({ ...filter, identifiedOn_lte: v })}
          />
          <MunicipalityFilter value={filter.municipality} onChange={(v) => setFilter({ ...filter, municipality: v })} />
          <TrackFilter value={filter.track} onChange={(v) => setFilter({ ...filter, track: v })} />
          <UserFilter
            label={translate('app.reports.owner')}
            value={filter.ownerId}
            onChange={(v) => setFilter({ ...filter, ownerId: v })}
          />
          <Typography data-testid="report-total">
            {translate('app.reports.total')}: <strong>{report.data ? number(report.data.total) : '…'}</strong> ·{' '}
            {translate('app.reports.shareResolved')}:{' '}
            <strong>{report.data ? percent(report.data.shareResolved) : '…'}</strong>
          </Typography>
        </CardContent>
      </Card>
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
            <Typography variant="h6">{translate('app.reports.obstacles')}</Typography>
            <Button label="app.reports.downloadCsv" onClick={() => download('obstacles', filter)}>
              <DownloadIcon />
            </Button>
          </Box>
          {report.data?.total === 0 ? (
            <EmptyReport onClear={clear} />
          ) : (
            <>
              <Box sx={{ height: 360 }}>
                <ResponsiveContainer>
                  <BarChart data={rows} layout="vertical" margin={{ left: 40 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis type="number" allowDecimals={false} />
                    <YAxis type="category" dataKey="name" width={170} interval={0} tick={{ fontSize: 12 }} />
                    <Tooltip formatter={(value, name) => [guarded.count(value == null ? null : Number(value)), name]} />
                    <Legend itemSorter={null} />
                    {STATUSES.map(([key, code]) => (
                      <Bar
                        key={key}
                        dataKey={key}
                        stackId="s"
                        name={status(code)}
                        fill={STATUS_COLORS[code]}
                        isAnimationActive={false}
                      />
                    ))}
                  </BarChart>
                </ResponsiveContainer>
              </Box>
              <Table size="small" data-testid="report-table">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.obstacles.fields.domainKey')}</TableCell>
                    {STATUSES.map(([key, code]) => (
                      <TableCell key={key} align="right" data-testid={`status-${code}`}>
                        <Swatch color={STATUS_COLORS[code]} />
                        {status(code)}
                      </TableCell>
                    ))}
                    <TableCell align="right">{translate('app.reports.shareResolved')}</TableCell>
                    <TableCell align="right">{translate('app.reports.medianDays')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((r) => (
                    <TableRow key={r.domainKey} data-testid="obstacle-row">
                      <TableCell>{r.name}</TableCell>
                      {STATUSES.map(([key]) => (
                        <TableCell key={key} align="right">
                          {guarded.count(r[key])}
                        </TableCell>
                      ))}
                      <TableCell align="right">{r.total === 0 ? '—' : guarded.share(r.shareResolved)}</TableCell>
                      <TableCell align="right">
                        {r.fewerThan5.length
                          ? guarded.count(null)
                          : r.medianDaysToResolve === null
                            ? '—'
                            : number(r.medianDaysToResolve)}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <Typography variant="caption" color="text.secondary">
                {translate('app.cohorts.fewerThan5Note')}
              </Typography>
            </>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between' }}>
            <Typography variant="h6">{translate('app.reports.systemic')}</Typography>
            <Box>
              {mayMakeSignals && (
                <MakeSignalButton obstacleIds={chosenRows.flatMap((r) => r.obstacleIds)} rows={chosenRows.length} />
              )}
              <Button label="app.reports.downloadCsv" onClick={() => download('systemic-obstacles', filter)}>
                <DownloadIcon />
              </Button>
            </Box>
          </Box>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate('app.cohorts.fewerThan5Note')}
          </Typography>
          {systemic.data?.length === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ py: 2 }} data-testid="systemic-empty">
              {translate('app.reportsView.noSystemic')}
            </Typography>
          )}
          <Table size="small" sx={{ display: systemic.data?.length === 0 ? 'none' : undefined }}>
            <TableHead>
              <TableRow>
                {mayMakeSignals && <TableCell padding="checkbox" />}
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
                <TableRow key={rowKey(r)} data-testid="systemic-row">
                  {mayMakeSignals && (
                    <TableCell padding="checkbox">
                      <Checkbox
                        checked={chosen.has(rowKey(r))}
                        onChange={() => toggle(rowKey(r))}
                        slotProps={{ input: { 'aria-label': `${translate('app.groupWork.select')}: ${r.title}` } }}
                      />
                    </TableCell>
                  )}
                  <TableCell>{nameOf(r.domainKey)}</TableCell>
                  <TableCell>{r.title}</TableCell>
                  <TableCell>{r.systemicNote ?? '—'}</TableCell>
                  <TableCell align="right">{guarded.count(r.persons)}</TableCell>
                  <TableCell align="right">{guarded.count(r.households)}</TableCell>
                  <TableCell align="right">{guarded.count(r.unresolved)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Box>
  );
};
