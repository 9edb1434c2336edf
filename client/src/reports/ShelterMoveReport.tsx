import { Box, Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useTranslate } from 'react-admin';
import { useApi } from '../common/useApi';
import { useReportDownload } from './download';
import { DateFilter, MunicipalityFilter } from './ReportFilters';
import { useReportFormat } from './format';
import { isDay, isText, useUrlFilters } from './urlFilters';
import { ReportViews } from './ReportViews';

export const SHELTER_MOVE_FILTERS = { date_gte: '', date_lte: '', municipality: '' };
const VALID = { date_gte: isDay, date_lte: isDay, municipality: isText };
const FIGURES = [
  'moves',
  'forcedMoves',
  'medianNoticeDays',
  'medianNoticeDaysForced',
  'placementsEndedAfterForcedMove',
] as const;

/**
 * Forced moves and what they do to work, per municipality: the evidence
 * behind letter 002's recommendation to keep forced moves to a minimum.
 */
export const ShelterMoveReport = () => {
  const translate = useTranslate();
  const { number } = useReportFormat();
  const [filter, setFilter] = useUrlFilters(SHELTER_MOVE_FILTERS, VALID);
  const { data } = useApi('getShelterMoveReport', filter);
  const downloadReport = useReportDownload();
  const t = (key: string, options?: Record<string, unknown>) => translate(`app.shelterMoveReport.${key}`, options);
  const cell = (value: number | null) => (value === null ? '—' : number(value));
  const heading = (figure: (typeof FIGURES)[number]) =>
    t(figure, figure === 'placementsEndedAfterForcedMove' ? { days: data?.daysAfterForcedMove ?? 30 } : undefined);

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.shelterMoveReport.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <ReportViews report="shelter-moves" />
          <DateFilter
            label={t('from')}
            value={filter.date_gte}
            onChange={(v) => setFilter({ ...filter, date_gte: v })}
          />
          <DateFilter label={t('to')} value={filter.date_lte} onChange={(v) => setFilter({ ...filter, date_lte: v })} />
          <MunicipalityFilter value={filter.municipality} onChange={(v) => setFilter({ ...filter, municipality: v })} />
          <Button label="app.reports.downloadCsv" onClick={() => downloadReport('shelter-moves', filter)}>
            <DownloadIcon />
          </Button>
        </CardContent>
      </Card>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {t('explain')}
      </Typography>
      {data && (
        <Card>
          <CardContent sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="shelter-move-report">
              <TableHead>
                <TableRow>
                  <TableCell>{t('municipality')}</TableCell>
                  {FIGURES.map((f) => (
                    <TableCell key={f} align="right">
                      {heading(f)}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.municipalities.map((row) => (
                  <TableRow key={row.municipality} data-testid={`shelter-moves-${row.municipality}`}>
                    <TableCell>{row.municipality}</TableCell>
                    {FIGURES.map((f) => (
                      <TableCell key={f} align="right" data-testid={`${f}-${row.municipality}`}>
                        {cell(row[f])}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
                <TableRow data-testid="shelter-moves-total">
                  <TableCell>
                    <strong>{t('all')}</strong>
                  </TableCell>
                  {FIGURES.map((f) => (
                    <TableCell key={f} align="right" data-testid={`${f}-total`}>
                      <strong>{cell(data.total[f])}</strong>
                    </TableCell>
                  ))}
                </TableRow>
              </TableBody>
            </Table>
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
