import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useTranslate } from 'react-admin';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { cohortEventValues, cohortGroupByValues, cohortStartValues } from '../api/schema';
import type { CohortGroup } from '../api/types';
import { enumLabel } from '../i18n/enumTranslations';
import { useApi } from '../common/useApi';
import { useReportDownload } from './download';
import { useReportFormat } from './format';
import { EnumSelect, PERSON_FILTERS, PERSON_FILTERS_VALID, PersonFilters } from './PersonFilters';
import { MunicipalityFilter } from './ReportFilters';
import { PALETTE } from './ReportParts';
import { isText, useUrlFilters } from './urlFilters';
import { ReportViews } from './ReportViews';

/** The page's URL state: the report's filter plus `groupBy` (a query parameter of its own). */
export const COHORT_FILTERS = {
  event: 'first_paid_job',
  start: 'arrival',
  groupBy: '',
  municipality: '',
  ...PERSON_FILTERS,
};
const VALID = {
  event: (v: string) => (cohortEventValues as readonly string[]).includes(v),
  start: (v: string) => (cohortStartValues as readonly string[]).includes(v),
  groupBy: (v: string) => (cohortGroupByValues as readonly string[]).includes(v),
  municipality: isText,
  ...PERSON_FILTERS_VALID,
};

const AT_RISK = ['0', '6', '12', '24'] as const;
const SHARES = ['6', '12', '24'] as const;

/** A group's name: an enum value in words, a municipality or quarter as it is. */
function useGroupName() {
  const translate = useTranslate();
  return (groupBy: string, key: string) => {
    if (key === 'all') return translate('app.cohorts.all');
    if (key === 'unknown') return translate('app.cohorts.unknown');
    if (groupBy === 'protectionBasis') return translate(`resources.households.protectionBasis.${key}`);
    if (groupBy === 'gender' || groupBy === 'ageBand') return translate(`app.cohorts.${groupBy}.${key}`);
    return key;
  };
}

/**
 * Time to work: per group, the Kaplan–Meier share of persons who reached the
 * event by each month since the start (step curves with their 95% bands),
 * and the shares at 6, 12 and 24 months in a table.
 */
export const CohortReport = () => {
  const translate = useTranslate();
  const { percent, number } = useReportFormat();
  const [filter, setFilter] = useUrlFilters(COHORT_FILTERS, VALID);
  const { groupBy, ...reportFilter } = filter;
  const { data } = useApi('getCohortReport', reportFilter, { groupBy });
  const download = useReportDownload();
  const groupName = useGroupName();
  const groups = (data?.groups ?? []).map((g, i) => ({
    ...g,
    name: groupName(groupBy, g.key),
    color: PALETTE[i % PALETTE.length],
  }));
  const drawn = groups.filter((g) => g.curve && g.curve.length > 0);
  const months = Math.max(0, ...drawn.map((g) => g.curve!.length));
  const points = Array.from({ length: months }, (_, month) => {
    const point: Record<string, number | [number, number]> = { month };
    drawn.forEach((g, i) => {
      const p = g.curve![month];
      if (!p) return;
      point[`s${i}`] = p.share;
      point[`b${i}`] = [p.lower, p.upper];
    });
    return point;
  });
  const count = (n: number | null | undefined) => (n === null ? translate('app.cohorts.fewerThan5') : number(n ?? 0));
  const share = (g: CohortGroup, m: string) =>
    g.shares === null ? translate('app.cohorts.fewerThan5') : g.shares[m] == null ? '—' : percent(g.shares[m]);
  const atRisk = (g: CohortGroup, m: string) =>
    g.atRisk === null ? translate('app.cohorts.fewerThan5') : g.atRisk[m] == null ? '—' : number(g.atRisk[m]);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.cohorts.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <ReportViews report="cohorts" />
          <EnumSelect
            name="CohortEvent"
            values={cohortEventValues}
            label={translate('app.cohorts.title')}
            value={filter.event}
            onChange={(v) => setFilter({ ...filter, event: v })}
            emptyLabel={null}
            width={260}
            testId="cohort-event"
          />
          <EnumSelect
            name="CohortStart"
            values={cohortStartValues}
            label={translate('app.cohorts.months')}
            value={filter.start}
            onChange={(v) => setFilter({ ...filter, start: v })}
            emptyLabel={null}
            width={240}
            testId="cohort-start"
          />
          <EnumSelect
            name="CohortGroupBy"
            values={cohortGroupByValues}
            label={translate('app.cohorts.grouping')}
            value={filter.groupBy}
            onChange={(v) => setFilter({ ...filter, groupBy: v })}
            emptyLabel={translate('app.cohorts.noGrouping')}
            testId="cohort-groupBy"
          />
          <MunicipalityFilter value={filter.municipality} onChange={(v) => setFilter({ ...filter, municipality: v })} />
          <PersonFilters filter={filter} setFilter={setFilter} />
          <Button label="app.reports.downloadCsv" onClick={() => download('cohorts', reportFilter, { groupBy })}>
            <DownloadIcon />
          </Button>
        </CardContent>
      </Card>
      {data && (
        <Card sx={{ mb: 2 }}>
          <CardContent>
            <Typography variant="h6">{translate(enumLabel('CohortEvent', data.event))}</Typography>
            <Typography variant="caption" color="text.secondary" component="p">
              {translate('app.cohorts.explanation')} {translate('app.cohorts.fewerThan5Note')}
            </Typography>
            <Box sx={{ height: 360 }} data-testid="cohort-chart" data-curves={drawn.length}>
              <ResponsiveContainer>
                <ComposedChart data={points} margin={{ top: 10, right: 20, bottom: 20, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis
                    dataKey="month"
                    type="number"
                    domain={[0, Math.max(months - 1, 1)]}
                    label={{ value: translate('app.cohorts.months'), position: 'insideBottom', offset: -10 }}
                  />
                  <YAxis domain={[0, 1]} tickFormatter={(v: number) => percent(v)} width={70} />
                  <Tooltip
                    formatter={(value) =>
                      Array.isArray(value) ? value.map((v) => percent(Number(v))).join(' – ') : percent(Number(value))
                    }
                  />
                  <Legend verticalAlign="top" />
                  {drawn.map((g, i) => (
                    <Area
                      key={`b${g.key}`}
                      dataKey={`b${i}`}
                      type="stepAfter"
                      stroke="none"
                      fill={g.color}
                      fillOpacity={0.15}
                      isAnimationActive={false}
                      legendType="none"
                      name={`${g.name} (${translate('app.cohorts.band')})`}
                    />
                  ))}
                  {drawn.map((g, i) => (
                    <Line
                      key={`s${g.key}`}
                      dataKey={`s${i}`}
                      type="stepAfter"
                      stroke={g.color}
                      strokeWidth={2}
                      dot={false}
                      isAnimationActive={false}
                      name={g.name}
                      className="cohort-curve"
                    />
                  ))}
                </ComposedChart>
              </ResponsiveContainer>
            </Box>
          </CardContent>
        </Card>
      )}
      {data && (
        <Card>
          <CardContent sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="cohort-table">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('app.cohorts.group')}</TableCell>
                  <TableCell align="right">{translate('app.cohorts.persons')}</TableCell>
                  <TableCell align="right">{translate('app.cohorts.unknownStart')}</TableCell>
                  {AT_RISK.map((m) => (
                    <TableCell key={`r${m}`} align="right">
                      {translate('app.cohorts.atRisk', { month: m })}
                    </TableCell>
                  ))}
                  {SHARES.map((m) => (
                    <TableCell key={`s${m}`} align="right">
                      {translate('app.cohorts.shareAt', { month: m })}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {groups.map((g) => (
                  <TableRow key={g.key} data-testid={`cohort-row-${g.key}`}>
                    <TableCell>{g.name}</TableCell>
                    <TableCell align="right">{count(g.persons)}</TableCell>
                    <TableCell align="right">{count(g.unknownStart)}</TableCell>
                    {AT_RISK.map((m) => (
                      <TableCell key={`r${m}`} align="right">
                        {atRisk(g, m)}
                      </TableCell>
                    ))}
                    {SHARES.map((m) => (
                      <TableCell key={`s${m}`} align="right">
                        {share(g, m)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
