import {
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
import { Button, Title, useLocaleState, useTranslate } from 'react-admin';
import { activityPeriodValues } from '../api/schema';
import { useApi } from '../common/useApi';
import { useReportDownload } from './download';
import { DateFilter } from './ReportFilters';
import { useReportFormat } from './format';
import { isDay, useUrlFilters } from './urlFilters';
import { ReportViews } from './ReportViews';

const FILTERS = { period: 'month', date_gte: '', date_lte: '' };
const VALID = {
  period: (v: string) => (activityPeriodValues as readonly string[]).includes(v),
  date_gte: isDay,
  date_lte: isDay,
};
const COUNTS = ['activities', 'attendance', 'uniquePersons', 'inIndividualSupport', 'inMatching'] as const;

/** Reach of group work per period and theme (issue 17): each known person counted once in the totals. */
export const ActivityReport = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { number } = useReportFormat();
  const [filter, setFilter] = useUrlFilters(FILTERS, VALID);
  const report = useApi('getActivityReport', filter);
  const download = useReportDownload();
  const head = (key: (typeof COUNTS)[number]) => translate(`app.groupWork.${key}`);
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.groupWork.report" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <ReportViews report="activities" />
          <TextField
            select
            size="small"
            sx={{ width: 160 }}
            label={translate('app.groupWork.periodLabel')}
            value={filter.period}
            onChange={(e) => setFilter({ ...filter, period: e.target.value })}
          >
            {activityPeriodValues.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`app.groupWork.period.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          <DateFilter
            label={translate('app.groupWork.from')}
            value={filter.date_gte}
            onChange={(v) => setFilter({ ...filter, date_gte: v })}
          />
          <DateFilter
            label={translate('app.groupWork.to')}
            value={filter.date_lte}
            onChange={(v) => setFilter({ ...filter, date_lte: v })}
          />
          <Button label="app.reports.downloadCsv" onClick={() => download('activities', filter)}>
            <DownloadIcon />
          </Button>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6">{translate('app.groupWork.report')}</Typography>
          <Table size="small" data-testid="activity-report">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.groupWork.periodLabel')}</TableCell>
                <TableCell>{translate('resources.activities.fields.labelIds')}</TableCell>
                {COUNTS.map((key) => (
                  <TableCell key={key} align="right">
                    {head(key)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {(report.data?.rows ?? []).map((r) => (
                <TableRow key={`${r.period}-${r.labelId ?? 'none'}`}>
                  <TableCell>{r.period}</TableCell>
                  <TableCell>
                    {r.name
                      ? (r.name[locale as 'nl' | 'en' | 'uk'] ?? r.name.en)
                      : translate('app.groupWork.unlabelled')}
                  </TableCell>
                  {COUNTS.map((key) => (
                    <TableCell key={key} align="right">
                      {number(r[key])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
              {report.data && (
                <TableRow data-testid="activity-totals">
                  <TableCell colSpan={2}>
                    <strong>{translate('app.groupWork.totals')}</strong>
                  </TableCell>
                  {COUNTS.map((key) => (
                    <TableCell key={key} align="right">
                      <strong>{number(report.data.totals[key])}</strong>
                    </TableCell>
                  ))}
                </TableRow>
              )}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Box>
  );
};
