import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useTranslate } from 'react-admin';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CONTRACT_TYPES, PLACEMENT_TYPES, SIGNAL_KINDS } from '../common/choices';
import { END_REASONS } from '../placements/transitions';
import type { PlacementReportData } from '../api/types';
import { useApi } from '../common/useApi';
import { useReportDownload } from './download';
import { DateFilter, UserFilter, MunicipalityFilter } from './ReportFilters';
import { useGuardedFormat, useReportFormat } from './format';
import { EmptyReport, NEUTRAL, PALETTE, SharePie } from './ReportParts';
import { isDay, isId, isText, useUrlFilters } from './urlFilters';
import { ReportViews } from './ReportViews';

export type { PlacementReportData } from '../api/types';

export const PLACEMENT_FILTERS = { startDate_gte: '', startDate_lte: '', matcherId: '', municipality: '' };
const VALID = { startDate_gte: isDay, startDate_lte: isDay, matcherId: isId, municipality: isText };

/**
 * The funnel's steps, each a subset of the one before: supported persons,
 * those with any match, those with a long-term match. A network
 * conversation is no step: people are matched without one too.
 */
export const FUNNEL_STEPS = ['supported', 'matched', 'longTerm'] as const;

const Figure = ({ label, value, testId }: { label: string; value: string | number; testId?: string }) => (
  <Card variant="outlined" sx={{ minWidth: 170 }}>
    <CardContent>
      <Typography variant="h5" data-testid={testId}>
        {value}
      </Typography>
      <Typography variant="body2">{label}</Typography>
    </CardContent>
  </Card>
);

/** The funnel a coordinator reports, and the shift from "anything goes" to work that fits. */
export const PlacementReport = () => {
  const translate = useTranslate();
  const { percent, number } = useReportFormat();
  // Figures of fewer than 5 persons are null: they read "fewer than 5" and draw nothing.
  const guarded = useGuardedFormat();
  const [filter, setFilter] = useUrlFilters(PLACEMENT_FILTERS, VALID);
  const filtered = Object.values(filter).some((v) => v !== '');
  const { data } = useApi('getPlacementReport', filter);
  const t = (key: string) => translate(`app.placementReport.${key}`);
  const supported = data?.funnel.supported ?? 0;
  const ofSupported = (n: number | null) => (supported && n !== null ? ` (${percent(n / supported)})` : '');
  const funnel = data
    ? FUNNEL_STEPS.map((k) => ({
        name: t(k),
        value: data.funnel[k] ?? 0,
        label: `${guarded.count(data.funnel[k])}${ofSupported(data.funnel[k])}`,
      }))
    : [];
  const byType = data
    ? PLACEMENT_TYPES.map((k) => ({ name: translate(`resources.placements.type.${k}`), value: data.byType[k] ?? 0 }))
    : [];
  const contracts = data
    ? CONTRACT_TYPES.map((k, i) => ({
        key: k,
        name: translate(`resources.placements.contractType.${k}`),
        value: data.contractTypes?.[k] ?? 0,
        color: k === 'none' ? NEUTRAL : PALETTE[i],
      }))
    : [];
  // A quarter of fewer than 5 persons is a gap in the line.
  const shift = (data?.fitByQuarter ?? []).map((q) => ({
    ...q,
    percent: q.share === null ? null : Math.round(q.share * 1000) / 10,
  }));
  const downloadReport = useReportDownload();
  const download = () => downloadReport('placements', filter);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.placementReport.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <ReportViews report="placements" />
          <DateFilter
            label={t('from')}
            value={filter.startDate_gte}
            onChange={(v) => setFilter({ ...filter, startDate_gte: v })}
          />
          <DateFilter
            label={t('to')}
            value={filter.startDate_lte}
            onChange={(v) => setFilter({ ...filter, startDate_lte: v })}
          />
          <UserFilter
            label={translate('resources.placements.fields.matcherId')}
            value={filter.matcherId}
            onChange={(v) => setFilter({ ...filter, matcherId: v })}
          />
          <MunicipalityFilter value={filter.municipality} onChange={(v) => setFilter({ ...filter, municipality: v })} />
          <Button label="app.reports.downloadCsv" onClick={download}>
            <DownloadIcon />
          </Button>
        </CardContent>
      </Card>
      {data && (
        <>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
            <Figure label={t('supported')} value={guarded.count(data.funnel.supported)} testId="figure-supported" />
            <Figure label={t('matched')} value={guarded.count(data.funnel.matched)} testId="figure-matched" />
            <Figure label={t('longTerm')} value={guarded.count(data.funnel.longTerm)} testId="figure-longTerm" />
            <Figure
              label={translate('app.reportsView.withConversation')}
              value={guarded.count(data.funnel.withConversation)}
              testId="figure-withConversation"
            />
            <Figure label={t('oneOffThenLongTerm')} value={guarded.count(data.oneOffThenLongTerm)} />
            <Figure
              label={t('employersPlaced')}
              value={`${number(data.employersPlaced)} / ${number(data.employersContacted)}`}
            />
            <Figure label={t('fullTimeShare')} value={guarded.share(data.fullTimeShare)} />
          </Box>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            {translate('app.cohorts.fewerThan5Note')}
          </Typography>
          {supported === 0 ? (
            <EmptyReport onClear={filtered ? () => setFilter(PLACEMENT_FILTERS) : undefined} />
          ) : (
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
              <ChartCard title={t('funnel')} caption={translate('app.reportsView.funnelHint')} testId="funnel">
                <BarChart data={funnel} layout="vertical" margin={{ right: 100 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis type="number" allowDecimals={false} />
                  <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} />
                  <Tooltip
                    formatter={(_value, _name, item) => [(item.payload as { label: string }).label, t('funnel')]}
                  />
                  <Bar dataKey="value" fill="#1976d2" isAnimationActive={false}>
                    <LabelList dataKey="label" position="right" />
                  </Bar>
                </BarChart>
              </ChartCard>
              <ChartCard title={t('byType')}>
                <BarChart data={byType}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" tick={{ fontSize: 12 }} />
                  <YAxis allowDecimals={false} />
                  <Tooltip formatter={(value) => [guarded.count(value == null ? null : Number(value)), t('byType')]} />
                  <Bar dataKey="value" fill="#2e7d32" isAnimationActive={false} />
                </BarChart>
              </ChartCard>
              <Card>
                <CardContent>
                  <Typography variant="h6">{t('contractTypes')}</Typography>
                  <SharePie slices={contracts} testId="contract-pie" />
                </CardContent>
              </Card>
              <OutcomesCard data={data} />
              <ChartCard title={t('fitByQuarter')}>
                <LineChart data={shift}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="quarter" />
                  <YAxis unit="%" domain={[0, 100]} />
                  <Tooltip formatter={(value) => [percent(Number(value) / 100), t('fitByQuarter')]} />
                  <Line type="monotone" dataKey="percent" stroke="#9c27b0" strokeWidth={2} isAnimationActive={false} />
                </LineChart>
              </ChartCard>
            </Box>
          )}
        </>
      )}
    </Box>
  );
};

/** Why matches ended (how often the residence status was the reason) and labour-rights signals per sector. */
const OutcomesCard = ({ data }: { data: PlacementReportData }) => {
  const translate = useTranslate();
  const { percent, number } = useReportFormat();
  const guarded = useGuardedFormat();
  const withReason =
    data.endReasons.ended === null || data.endReasons.withoutReason === null
      ? null
      : data.endReasons.ended - data.endReasons.withoutReason;
  const r = (key: string) => translate(`app.placementRules.report.${key}`);
  const { endReasons, signalsBySector } = data;
  return (
    <Card data-testid="outcomes">
      <CardContent>
        <Typography variant="h6">{r('endReasons')}</Typography>
        <Typography variant="body2" data-testid="residence-status-share">
          {r('residenceStatusShare')}:{' '}
          {endReasons.residenceStatusShare === null
            ? guarded.count(null)
            : `${percent(endReasons.residenceStatusShare)} (${number(endReasons.residenceStatus ?? 0)} / ${guarded.count(withReason)})`}
        </Typography>
        <Table size="small" sx={{ mb: 2 }}>
          <TableBody>
            {END_REASONS.map((reason) => (
              <TableRow key={reason}>
                <TableCell>{translate(`app.guards.endReasons.${reason}`)}</TableCell>
                <TableCell align="right">{guarded.count(endReasons.byReason[reason])}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>{r('withoutReason')}</TableCell>
              <TableCell align="right">{guarded.count(endReasons.withoutReason)}</TableCell>
            </TableRow>
          </TableBody>
        </Table>
        <Typography variant="h6">{r('signalsBySector')}</Typography>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="signals-by-sector">
            <TableHead>
              <TableRow>
                <TableCell>{r('sector')}</TableCell>
                <TableCell align="right">{r('signals')}</TableCell>
                <TableCell align="right">{r('reported')}</TableCell>
                {SIGNAL_KINDS.map((kind) => (
                  <TableCell key={kind} align="right">
                    {translate(`resources.placements.signalKind.${kind}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {signalsBySector.map((row) => (
                <TableRow key={row.sector ?? ''}>
                  <TableCell>{row.sector ?? r('noSector')}</TableCell>
                  <TableCell align="right">{guarded.count(row.signals)}</TableCell>
                  <TableCell align="right">{guarded.count(row.reported)}</TableCell>
                  {SIGNAL_KINDS.map((kind) => (
                    <TableCell key={kind} align="right">
                      {row.byKind ? number(row.byKind[kind]) : ''}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      </CardContent>
    </Card>
  );
};

const ChartCard = ({
  title,
  caption,
  testId,
  children,
}: {
  title: string;
  caption?: string;
  testId?: string;
  children: React.ReactElement;
}) => (
  <Card data-testid={testId}>
    <CardContent>
      <Typography variant="h6">{title}</Typography>
      {caption && (
        <Typography variant="caption" color="text.secondary">
          {caption}
        </Typography>
      )}
      <Box sx={{ height: 300 }}>
        <ResponsiveContainer>{children}</ResponsiveContainer>
      </Box>
    </CardContent>
  </Card>
);
