import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Box, Card, CardContent, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Cell, Line, LineChart, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis, Legend } from 'recharts';
import { API_URL, httpClient } from '../providers/dataProvider';
import { CONTRACT_TYPES, PLACEMENT_TYPES } from '../common/choices';
import { downloadCsv, reportQuery } from './download';
import { DateFilter, UserFilter, MunicipalityFilter } from './ReportFilters';
import { formatPercent } from '../common/formats';

interface PlacementReportData {
  funnel: { supported: number; withConversation: number; matched: number; longTerm: number };
  byType: Record<string, number>;
  oneOffThenLongTerm: number;
  employersPlaced: number;
  employersContacted: number;
  fullTimeShare: number;
  contractTypes: Record<string, number>;
  fitByQuarter: { quarter: string; started: number; fits: number; share: number }[];
}

const COLORS = ['#1976d2', '#2e7d32', '#ed6c02', '#9c27b0', '#757575'];

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
  const notify = useNotify();
  const [filter, setFilter] = useState({ startDate_gte: '', startDate_lte: '', matcherId: '', municipality: '' });
  const query = reportQuery(filter);
  const { data } = useQuery({
    queryKey: ['report-placements', query],
    queryFn: async () => (await httpClient(`${API_URL}/reports/placements${query}`)).json as PlacementReportData,
  });
  const t = (key: string) => translate(`app.placementReport.${key}`);
  const funnel = data
    ? (['supported', 'withConversation', 'matched', 'longTerm'] as const).map((k) => ({ name: t(k), value: data.funnel[k] }))
    : [];
  const byType = data ? PLACEMENT_TYPES.map((k) => ({ name: translate(`resources.placements.type.${k}`), value: data.byType[k] ?? 0 })) : [];
  const contracts = data ? CONTRACT_TYPES.map((k) => ({ name: translate(`resources.placements.contractType.${k}`), value: data.contractTypes?.[k] ?? 0 })) : [];
  const shift = (data?.fitByQuarter ?? []).map((q) => ({ ...q, percent: Math.round(q.share * 1000) / 10 }));

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.placementReport.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <DateFilter label={t('from')} value={filter.startDate_gte} onChange={(v) => setFilter({ ...filter, startDate_gte: v })} />
          <DateFilter label={t('to')} value={filter.startDate_lte} onChange={(v) => setFilter({ ...filter, startDate_lte: v })} />
          <UserFilter label={translate('resources.placements.fields.matcherId')} value={filter.matcherId} onChange={(v) => setFilter({ ...filter, matcherId: v })} />
          <MunicipalityFilter value={filter.municipality} onChange={(v) => setFilter({ ...filter, municipality: v })} />
          <Button label="app.reports.downloadCsv" onClick={() => downloadCsv(`${API_URL}/reports/placements${query}`, 'placements-report.csv').catch((e) => notify(e.message, { type: 'error' }))}>
            <DownloadIcon />
          </Button>
        </CardContent>
      </Card>
      {data && (
        <>
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
            <Figure label={t('supported')} value={data.funnel.supported} testId="figure-supported" />
            <Figure label={t('matched')} value={data.funnel.matched} testId="figure-matched" />
            <Figure label={t('longTerm')} value={data.funnel.longTerm} testId="figure-longTerm" />
            <Figure label={t('oneOffThenLongTerm')} value={data.oneOffThenLongTerm} />
            <Figure label={t('employersPlaced')} value={`${data.employersPlaced} / ${data.employersContacted}`} />
            <Figure label={t('fullTimeShare')} value={formatPercent(data.fullTimeShare)} />
          </Box>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
            <ChartCard title={t('funnel')}>
              <BarChart data={funnel}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="value" fill="#1976d2" />
              </BarChart>
            </ChartCard>
            <ChartCard title={t('byType')}>
              <BarChart data={byType}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="value" fill="#2e7d32" />
              </BarChart>
            </ChartCard>
            <ChartCard title={t('contractTypes')}>
              <PieChart>
                <Pie data={contracts} dataKey="value" nameKey="name" outerRadius={100} label>
                  {contracts.map((_, i) => (
                    <Cell key={i} fill={COLORS[i % COLORS.length]} />
                  ))}
                </Pie>
                <Legend />
                <Tooltip />
              </PieChart>
            </ChartCard>
            <ChartCard title={t('fitByQuarter')}>
              <LineChart data={shift}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="quarter" />
                <YAxis unit="%" domain={[0, 100]} />
                <Tooltip />
                <Line type="monotone" dataKey="percent" stroke="#9c27b0" strokeWidth={2} />
              </LineChart>
            </ChartCard>
          </Box>
        </>
      )}
    </Box>
  );
};

const ChartCard = ({ title, children }: { title: string; children: React.ReactElement }) => (
  <Card>
    <CardContent>
      <Typography variant="h6">{title}</Typography>
      <Box sx={{ height: 300 }}>
        <ResponsiveContainer>{children}</ResponsiveContainer>
      </Box>
    </CardContent>
  </Card>
);
