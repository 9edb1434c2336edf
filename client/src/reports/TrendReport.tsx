import { Box, Button as MuiButton, Card, CardContent, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useLocaleState, useTranslate } from 'react-admin';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { trendIntervalValues } from '../api/schema';
import type { ThemeTrend } from '../api/types';
import { useApi } from '../common/useApi';
import { useDomains } from '../integration-domains/useDomains';
import { useReportDownload } from './download';
import { useReportFormat } from './format';
import { EnumSelect, PERSON_FILTERS, PERSON_FILTERS_VALID, PersonFilters } from './PersonFilters';
import { MunicipalityFilter } from './ReportFilters';
import { NEUTRAL, PALETTE } from './ReportParts';
import { isText, useUrlFilters } from './urlFilters';
import { ReportViews } from './ReportViews';

export const TREND_FILTERS = { interval: 'month', measure: 'open', municipality: '', ...PERSON_FILTERS };
const MEASURES = ['new', 'resolved', 'open'] as const;
const VALID = {
  interval: (v: string) => (trendIntervalValues as readonly string[]).includes(v),
  measure: (v: string) => (MEASURES as readonly string[]).includes(v),
  municipality: isText,
  ...PERSON_FILTERS_VALID,
};

/**
 * Over time: each top-level theme's share of the minutes per period
 * (stacked areas, contact logs and helpdesk apart), and new, resolved or open
 * obstacles per domain (lines). Cells of fewer than 5 persons or households
 * have no figures and are drawn as gaps.
 */
export const TrendReport = () => {
  const translate = useTranslate();
  const { nameOf } = useDomains();
  const [filter, setFilter] = useUrlFilters(TREND_FILTERS, VALID);
  const { interval, measure, ...reportFilter } = filter;
  const themes = useApi('getThemeTrend', reportFilter, { interval });
  const obstacles = useApi('getObstacleTrend', reportFilter, { interval });
  const download = useReportDownload();

  const domains = [...new Set((obstacles.data?.rows ?? []).map((r) => r.domainKey))];
  const obstaclePoints = (obstacles.data?.periods ?? []).map((period) => {
    const point: Record<string, string | number | null> = { period };
    for (const d of domains) {
      const cell = obstacles.data!.rows.find((r) => r.period === period && r.domainKey === d);
      point[d] = cell ? cell[measure as (typeof MEASURES)[number]] : 0;
    }
    return point;
  });
  const hiddenObstacles = (obstacles.data?.rows ?? []).filter((r) => r.fewerThan5.length > 0).length;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.cohorts.trendsTitle" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <ReportViews report="theme-trend" />
          <EnumSelect
            name="TrendInterval"
            values={trendIntervalValues}
            label={translate('app.cohorts.trendsTitle')}
            value={interval}
            onChange={(v) => setFilter({ ...filter, interval: v })}
            emptyLabel={null}
            width={160}
            testId="trend-interval"
          />
          <MunicipalityFilter value={filter.municipality} onChange={(v) => setFilter({ ...filter, municipality: v })} />
          <PersonFilters filter={filter} setFilter={setFilter} />
          <Button label="app.reports.downloadCsv" onClick={() => download('themes/trend', reportFilter, { interval })}>
            <DownloadIcon />
          </Button>
        </CardContent>
      </Card>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('app.cohorts.fewerThan5Note')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2, mb: 2 }}>
        {themes.data && (
          <>
            <ThemeShares
              title={translate('app.cohorts.logs')}
              trend={themes.data}
              side="contactLogs"
              testId="trend-logs"
            />
            <ThemeShares
              title={translate('app.cohorts.helpdesk')}
              trend={themes.data}
              side="helpdesk"
              testId="trend-helpdesk"
            />
          </>
        )}
      </Box>
      {obstacles.data && (
        <Card data-testid="trend-obstacles">
          <CardContent>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="h6">{translate('app.cohorts.obstacles')}</Typography>
              <Box sx={{ display: 'flex', gap: 1 }}>
                {/* MUI's button, not react-admin's: that one drops its label on a phone, leaving an empty button. */}
                {MEASURES.map((m) => (
                  <MuiButton
                    key={m}
                    size="small"
                    variant={m === measure ? 'contained' : 'text'}
                    onClick={() => setFilter({ ...filter, measure: m })}
                  >
                    {translate(`app.cohorts.${m}`)}
                  </MuiButton>
                ))}
              </Box>
              <Button
                label="app.reports.downloadCsv"
                onClick={() => download('obstacles/trend', reportFilter, { interval })}
              >
                <DownloadIcon />
              </Button>
            </Box>
            <Box sx={{ height: 320 }}>
              <ResponsiveContainer>
                <LineChart data={obstaclePoints}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="period" />
                  <YAxis allowDecimals={false} />
                  <Tooltip formatter={(v) => (v === null ? translate('app.cohorts.fewerThan5') : String(v))} />
                  <Legend />
                  {domains.map((d, i) => (
                    <Line
                      key={d}
                      dataKey={d}
                      name={nameOf(d)}
                      stroke={PALETTE[i % PALETTE.length]}
                      dot={false}
                      isAnimationActive={false}
                    />
                  ))}
                </LineChart>
              </ResponsiveContainer>
            </Box>
            <NotShown count={hiddenObstacles} testId="trend-obstacles-fewer" />
          </CardContent>
        </Card>
      )}
    </Box>
  );
};

/** How many cells of a chart are gaps because they stand for fewer than 5 persons or households. */
const NotShown = ({ count, testId }: { count: number; testId: string }) => {
  const translate = useTranslate();
  if (count === 0) return null;
  return (
    <Typography variant="caption" color="text.secondary" component="p" data-testid={testId}>
      {translate('app.smallGroups.notShown', { count })}
    </Typography>
  );
};

/** One side's top-level themes as stacked shares of each period's minutes. */
const ThemeShares = ({
  title,
  trend,
  side,
  testId,
}: {
  title: string;
  trend: ThemeTrend;
  side: 'contactLogs' | 'helpdesk';
  testId: string;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { percent } = useReportFormat();
  const name = (labelId: string | null) => {
    if (labelId === null) return translate('app.cohorts.unlabelled');
    const names = trend.themes.find((t) => t.labelId === labelId)?.name as Record<string, string> | undefined;
    return names?.[locale] ?? names?.en ?? names?.nl ?? names?.uk ?? '?';
  };
  const ids = [...new Set(trend[side].flatMap((p) => p.rows.map((r) => r.labelId ?? 'none')))];
  const points = trend[side].map((p) => {
    const point: Record<string, string | number | null> = { period: p.period };
    // A theme absent from a period is a true 0; one hidden as "fewer than 5" is a gap, not a drop to 0.
    for (const id of ids) {
      const row = p.rows.find((r) => (r.labelId ?? 'none') === id);
      point[id] = row ? row.share : 0;
    }
    return point;
  });
  const hidden = trend[side].flatMap((p) => p.rows).filter((r) => r.fewerThan5.length > 0).length;
  const color = (id: string, i: number) =>
    id === 'none' ? NEUTRAL : (trend.themes.find((t) => t.labelId === id)?.color ?? PALETTE[i % PALETTE.length]);
  return (
    <Card data-testid={testId}>
      <CardContent>
        <Typography variant="h6">{title}</Typography>
        <Box sx={{ height: 320 }}>
          <ResponsiveContainer>
            <AreaChart data={points}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="period" />
              <YAxis domain={[0, 1]} tickFormatter={(v: number) => percent(v)} width={70} />
              <Tooltip formatter={(v) => (v === null ? translate('app.cohorts.fewerThan5') : percent(Number(v)))} />
              <Legend />
              {ids.map((id, i) => (
                <Area
                  key={id}
                  dataKey={id}
                  name={name(id === 'none' ? null : id)}
                  stackId="share"
                  type="linear"
                  stroke={color(id, i)}
                  fill={color(id, i)}
                  isAnimationActive={false}
                />
              ))}
            </AreaChart>
          </ResponsiveContainer>
        </Box>
        <NotShown count={hidden} testId={`${testId}-fewer`} />
      </CardContent>
    </Card>
  );
};
