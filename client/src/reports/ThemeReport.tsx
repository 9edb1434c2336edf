import {
  Autocomplete,
  Box,
  Card,
  CardContent,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import { useReportDownload } from './download';
import { DateFilter, UserFilter, MunicipalityFilter, TrackFilter } from './ReportFilters';
import { useGuardedFormat, useReportFormat } from './format';
import { EmptyReport, NEUTRAL, PALETTE, SharePie, Swatch } from './ReportParts';
import { isDay, isId, isText, isTrack, useUrlFilters } from './urlFilters';
import type { Household, ThemeRow, ThemeTotals } from '../api/types';
import { ReportViews } from './ReportViews';

export type { ThemeRow, ThemeTotals } from '../api/types';

export const THEME_FILTERS = {
  level: 'top',
  occurredAt_gte: '',
  occurredAt_lte: '',
  municipality: '',
  authorId: '',
  track: '',
  householdId: '',
};
const VALID = {
  level: (v: string) => v === 'top' || v === 'all',
  occurredAt_gte: isDay,
  occurredAt_lte: isDay,
  municipality: isText,
  authorId: isId,
  track: isTrack,
  householdId: isId,
};

/** A row's colour: its label's own, else one from the palette; unlabelled time is grey. */
export const themeColor = (r: ThemeRow, i: number) =>
  r.color ?? (r.labelId === null ? NEUTRAL : PALETTE[i % PALETTE.length]);

/** Where the time went, by theme: contact logs and helpdesk side by side. */
export const ThemeReport = () => {
  const translate = useTranslate();
  const [filter, setFilter] = useUrlFilters(THEME_FILTERS, VALID);
  const download = useReportDownload();
  const { data: households = [] } = useGetList<Household>('households', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'reference', order: 'ASC' },
  });
  // Dates go as dates: the server reads an end date as the whole of that day.
  const { data } = useApi('getThemeReport', filter);
  const filtered = Object.entries(filter).some(([k, v]) => v !== THEME_FILTERS[k as keyof typeof THEME_FILTERS]);
  const empty = data && data.rows.length === 0 && data.helpdesk.rows.length === 0;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.themesReport.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <ReportViews report="themes" />
          <TextField
            select
            size="small"
            sx={{ width: 180 }}
            label={translate('app.themesReport.level')}
            value={filter.level}
            onChange={(e) => setFilter({ ...filter, level: e.target.value })}
            data-testid="themes-level"
          >
            <MenuItem value="top">{translate('app.themesReport.top')}</MenuItem>
            <MenuItem value="all">{translate('app.themesReport.all')}</MenuItem>
          </TextField>
          <DateFilter
            label={translate('resources.breakthroughs.fields.date_gte')}
            value={filter.occurredAt_gte}
            onChange={(v) => setFilter({ ...filter, occurredAt_gte: v })}
          />
          <DateFilter
            label={translate('resources.breakthroughs.fields.date_lte')}
            value={filter.occurredAt_lte}
            onChange={(v) => setFilter({ ...filter, occurredAt_lte: v })}
          />
          <MunicipalityFilter value={filter.municipality} onChange={(v) => setFilter({ ...filter, municipality: v })} />
          <TrackFilter
            value={filter.track}
            onChange={(v) => setFilter({ ...filter, track: v })}
            testId="themes-track"
          />
          <UserFilter
            label={translate('resources.contact-logs.fields.authorId')}
            value={filter.authorId}
            onChange={(v) => setFilter({ ...filter, authorId: v })}
            testId="themes-author"
          />
          <Autocomplete
            size="small"
            sx={{ width: 200 }}
            options={households.map((h) => h.id)}
            value={filter.householdId || null}
            getOptionLabel={(id) => households.find((h) => h.id === id)?.reference ?? ''}
            onChange={(_e, id) => setFilter({ ...filter, householdId: id ?? '' })}
            renderInput={(params) => (
              <TextField {...params} label={translate('resources.contact-logs.fields.householdId')} />
            )}
          />
          <Button label="app.reports.downloadCsv" onClick={() => download('themes', filter)}>
            <DownloadIcon />
          </Button>
        </CardContent>
      </Card>
      {empty && <EmptyReport onClear={filtered ? () => setFilter(THEME_FILTERS) : undefined} />}
      {data && !empty && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
          <ThemeCard title={translate('app.themesReport.logs')} totals={data} testId="themes-logs" />
          <ThemeCard title={translate('app.themesReport.helpdesk')} totals={data.helpdesk} testId="themes-helpdesk" />
        </Box>
      )}
    </Box>
  );
};

export const ThemeCard = ({ title, totals, testId }: { title: string; totals: ThemeTotals; testId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { percent, number } = useReportFormat();
  const guarded = useGuardedFormat();
  const inLocale = (n: Record<string, string>) => n[locale] ?? n.en ?? n.nl ?? n.uk ?? '?';
  const name = (r: ThemeRow) => (r.parentName ? `${inLocale(r.parentName)} › ${inLocale(r.name)}` : inLocale(r.name));
  const rows = totals.rows.map((r, i) => ({ ...r, label: name(r), fill: themeColor(r, i) }));
  // The shares as shown (one decimal) need not add up to exactly 100%: say what they add up to.
  const sum = rows.reduce((a, r) => a + Math.round((r.share ?? 0) * 1000), 0) / 1000;
  // Rows of fewer than 5 households have no figures: no slice, "fewer than 5" in the table.
  const hidden = rows.some((r) => r.minutes === null);
  return (
    <Card data-testid={testId}>
      <CardContent>
        <Typography variant="h6">{title}</Typography>
        <Typography variant="body2">
          {translate('app.themesReport.total')}:{' '}
          <strong data-testid={`${testId}-total`}>{number(totals.totalMinutes)}</strong>
        </Typography>
        {rows.length === 0 ? (
          <Typography variant="body2" color="text.secondary" sx={{ py: 2 }} data-testid={`${testId}-empty`}>
            {translate('app.reportsView.empty')}
          </Typography>
        ) : (
          <>
            <SharePie
              slices={rows.flatMap((r) =>
                r.minutes === null
                  ? []
                  : [{ key: r.labelId ?? 'none', name: r.label, value: r.minutes, color: r.fill }],
              )}
              total={totals.totalMinutes}
              unit={translate('app.reportsView.minutesUnit')}
            />
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
                {rows.map((r) => (
                  <TableRow key={r.labelId ?? 'none'} data-testid="theme-row">
                    <TableCell>
                      {/* Swatch and name stay side by side when a narrow column wraps the name. */}
                      <Box component="span" sx={{ display: 'flex', alignItems: 'center' }}>
                        <Swatch color={r.fill} />
                        {r.label}
                      </Box>
                    </TableCell>
                    <TableCell align="right">{guarded.count(r.minutes)}</TableCell>
                    <TableCell align="right">{r.share === null ? '' : percent(r.share)}</TableCell>
                    <TableCell align="right">{r.logs === null ? '' : number(r.logs)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Typography variant="caption" color="text.secondary">
              {translate('app.reportsView.rounding', { sum: percent(sum) })}
              {hidden && ` ${translate('app.cohorts.fewerThan5Note')}`}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
};
