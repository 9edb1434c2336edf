import { useState } from 'react';
import { Autocomplete, Box, Card, CardContent, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from 'recharts';
import { API_URL } from '../providers/dataProvider';
import { useApi } from '../common/useApi';
import { downloadCsv, reportQuery } from './download';
import { DateFilter, UserFilter, MunicipalityFilter, TrackFilter } from './ReportFilters';
import { formatNumber, formatPercent, formatPercentage } from '../common/formats';

interface ThemeRow {
  labelId: string | null;
  name: Record<string, string>;
  /** At all levels: the parent's name, to tell "Work" from "Work › Job search". */
  parentName?: Record<string, string> | null;
  color: string | null;
  minutes: number;
  share: number;
  logs: number;
}
interface ThemeTotals {
  totalMinutes: number;
  rows: ThemeRow[];
}

const percent = (share: number) => Math.round(share * 1000) / 10;

/** Where the time went, by theme: contact logs and helpdesk side by side. */
export const ThemeReport = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [filter, setFilter] = useState({ level: 'top', occurredAt_gte: '', occurredAt_lte: '', municipality: '', authorId: '', track: '', householdId: '' });
  // Dates go as dates: the server reads an end date as the whole of that day.
  const query = reportQuery(filter);
  const { data: households = [] } = useGetList('households', { pagination: { page: 1, perPage: 1000 }, sort: { field: 'reference', order: 'ASC' } });
  const { data } = useApi<ThemeTotals & { helpdesk: ThemeTotals }>(`/reports/themes${query}`);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.themesReport.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField select size="small" sx={{ width: 180 }} label={translate('app.themesReport.level')} value={filter.level} onChange={(e) => setFilter({ ...filter, level: e.target.value })}>
            <MenuItem value="top">{translate('app.themesReport.top')}</MenuItem>
            <MenuItem value="all">{translate('app.themesReport.all')}</MenuItem>
          </TextField>
          <DateFilter label={translate('resources.breakthroughs.fields.date_gte')} value={filter.occurredAt_gte} onChange={(v) => setFilter({ ...filter, occurredAt_gte: v })} />
          <DateFilter label={translate('resources.breakthroughs.fields.date_lte')} value={filter.occurredAt_lte} onChange={(v) => setFilter({ ...filter, occurredAt_lte: v })} />
          <MunicipalityFilter value={filter.municipality} onChange={(v) => setFilter({ ...filter, municipality: v })} />
          <TrackFilter value={filter.track} onChange={(v) => setFilter({ ...filter, track: v })} testId="themes-track" />
          <UserFilter label={translate('resources.contact-logs.fields.authorId')} value={filter.authorId} onChange={(v) => setFilter({ ...filter, authorId: v })} testId="themes-author" />
          <Autocomplete
            size="small"
            sx={{ width: 200 }}
            options={households.map((h) => String(h.id))}
            value={filter.householdId || null}
            getOptionLabel={(id) => households.find((h) => h.id === id)?.reference ?? id}
            onChange={(_e, id) => setFilter({ ...filter, householdId: id ?? '' })}
            renderInput={(params) => <TextField {...params} label={translate('resources.contact-logs.fields.householdId')} />}
          />
          <Button label="app.reports.downloadCsv" onClick={() => downloadCsv(`${API_URL}/reports/themes${query}`, 'themes.csv').catch((e) => notify(e.message, { type: 'error' }))}>
            <DownloadIcon />
          </Button>
        </CardContent>
      </Card>
      {data && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
          <ThemeCard title={translate('app.themesReport.logs')} totals={data} testId="themes-logs" />
          <ThemeCard title={translate('app.themesReport.helpdesk')} totals={data.helpdesk} testId="themes-helpdesk" />
        </Box>
      )}
    </Box>
  );
};

const ThemeCard = ({ title, totals, testId }: { title: string; totals: ThemeTotals; testId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const inLocale = (n: Record<string, string>) => n[locale] ?? n.en ?? n.nl ?? n.uk ?? '?';
  const name = (r: ThemeRow) => (r.parentName ? `${inLocale(r.parentName)} › ${inLocale(r.name)}` : inLocale(r.name));
  const shown = totals.rows.map((r) => percent(r.share));
  const sum = Math.round(shown.reduce((a, b) => a + b, 0) * 10) / 10;
  return (
    <Card data-testid={testId}>
      <CardContent>
        <Typography variant="h6">{title}</Typography>
        <Typography variant="body2">
          {translate('app.themesReport.total')}: <strong data-testid={`${testId}-total`}>{totals.totalMinutes}</strong>
        </Typography>
        <Box sx={{ height: 280 }}>
          <ResponsiveContainer>
            <PieChart>
              <Pie data={totals.rows.map((r) => ({ name: name(r), value: r.minutes, color: r.color ?? '#bdbdbd' }))} dataKey="value" nameKey="name" outerRadius={110} label={(e: { name?: string; percent?: number }) => `${e.name} ${formatPercent(e.percent ?? 0, 0)}`}>
                {totals.rows.map((r, i) => (
                  <Cell key={i} fill={r.color ?? '#bdbdbd'} />
                ))}
              </Pie>
              <Tooltip />
            </PieChart>
          </ResponsiveContainer>
        </Box>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.contact-logs.fields.labelIds')}</TableCell>
              <TableCell align="right">{translate('app.themesReport.minutes')}</TableCell>
              <TableCell align="right">{translate('app.themesReport.share')}</TableCell>
              <TableCell align="right">{translate('app.themesReport.count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {totals.rows.map((r, i) => (
              <TableRow key={r.labelId ?? 'none'} data-testid="theme-row">
                <TableCell>{name(r)}</TableCell>
                <TableCell align="right">{formatNumber(r.minutes, 2)}</TableCell>
                <TableCell align="right">{formatPercentage(shown[i])}</TableCell>
                <TableCell align="right">{r.logs}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {totals.rows.length > 0 && (
          <Typography variant="caption" color="text.secondary">
            {translate('app.themesReport.rounding', { sum: formatNumber(sum, 1) })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};
