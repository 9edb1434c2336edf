import { useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  IconButton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, CanAccess, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useApi, useApiMutation } from '../common/useApi';
import { formatDay } from '../common/dates';
import { intlTag } from '../common/formats';
import { saveFile } from '../reports/download';
import type { ContributionLine, HouseholdContribution } from '../api/types';

/** `YYYY-MM` of a date, and the month `delta` months from `month`. */
export const monthOf = (date: Date): string => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split('-').map(Number);
  return monthOf(new Date(year, m - 1 + delta, 1));
}

/**
 * The household's contribution for one month (letter 003): the amounts, the lines that produced them with the
 * parameter versions used, and whose living allowance stops. Opens on the current month; the arrows step
 * through months.
 */
export const ContributionPanel = ({ householdId }: { householdId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [month, setMonth] = useState(() => monthOf(new Date()));
  const { data, error } = useApi('getHouseholdContribution', { householdId, month });
  const { mutate: download } = useApiMutation('downloadContributionReport', {
    onSuccess: ({ blob, filename }) => saveFile(blob, filename),
    onError: (e) => notify(e.message, { type: 'error' }),
  });
  const euro = new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: 'EUR' });
  const [year, m] = month.split('-').map(Number);
  const monthName = new Intl.DateTimeFormat(intlTag(locale), { month: 'long', year: 'numeric' }).format(
    new Date(year, m - 1, 1),
  );

  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="contribution-panel">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
          <Typography variant="h6">{translate('app.contributions.title')}</Typography>
          <Box sx={{ display: 'flex', alignItems: 'center' }}>
            <IconButton
              aria-label={translate('app.contributions.previousMonth')}
              onClick={() => setMonth(shiftMonth(month, -1))}
            >
              <ChevronLeftIcon />
            </IconButton>
            <Typography data-testid="contribution-month" sx={{ minWidth: 140, textAlign: 'center' }}>
              {monthName}
            </Typography>
            <IconButton
              aria-label={translate('app.contributions.nextMonth')}
              onClick={() => setMonth(shiftMonth(month, 1))}
            >
              <ChevronRightIcon />
            </IconButton>
            <CanAccess resource="contributions" action="report">
              <Button label="app.contributions.downloadReport" onClick={() => download({ month, lang: locale })}>
                <DownloadIcon />
              </Button>
            </CanAccess>
          </Box>
        </Box>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : data ? (
          <ContributionBody contribution={data} euro={euro} />
        ) : null}
      </CardContent>
    </Card>
  );
};

const ContributionBody = ({
  contribution: c,
  euro,
}: {
  contribution: HouseholdContribution;
  euro: Intl.NumberFormat;
}) => {
  const translate = useTranslate();
  return (
    <>
      {c.exemption && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="contribution-exemption">
          {translate(`app.contributions.exemption.${c.exemption}`)}
        </Alert>
      )}
      {c.missingParameters.length > 0 && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {translate('app.contributions.missingParameters', {
            keys: c.missingParameters.map((k) => translate(`resources.policy-parameters.key.${k}`)).join(', '),
          })}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', my: 1 }} data-testid="contribution-amounts">
        <Amount label="app.contributions.component.gas_water_electricity" value={euro.format(c.gasWaterElectricity)} />
        {c.catering && (
          <Amount label="app.contributions.component.catering" value={euro.format(c.cateringContribution)} />
        )}
        <Amount label="app.contributions.total" value={euro.format(c.total)} strong />
      </Box>
      {c.lines.length > 0 && <Lines lines={c.lines} euro={euro} />}
      {!c.exemption && c.lines.length === 0 && (
        <Typography variant="body2">{translate('app.contributions.noEarner')}</Typography>
      )}
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('app.contributions.livingAllowance')}
      </Typography>
      {c.livingAllowance.length === 0 ? (
        <Typography variant="body2">{translate('app.contributions.noAdults')}</Typography>
      ) : (
        <ul style={{ margin: 0 }} data-testid="living-allowance">
          {c.livingAllowance.map((a) => (
            <li key={a.personId}>
              {a.firstName}:{' '}
              {a.livingAllowanceStops
                ? translate('app.contributions.allowanceStops', {
                    days: a.daysWithIncome,
                    sources: a.sources.map((s) => translate(`resources.incomes.source.${s}`)).join(', '),
                  })
                : translate('app.contributions.allowanceContinues')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
};

const Amount = ({ label, value, strong }: { label: string; value: string; strong?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">
        {translate(label)}
      </Typography>
      <Typography variant={strong ? 'h6' : 'body1'}>{value}</Typography>
    </Box>
  );
};

/** Each run of days with the same earners and parameter versions, and where its amounts come from. */
const Lines = ({ lines, euro }: { lines: ContributionLine[]; euro: Intl.NumberFormat }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="contribution-lines">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.contributions.line.component')}</TableCell>
            <TableCell>{translate('app.contributions.line.period')}</TableCell>
            <TableCell>{translate('app.contributions.line.calculation')}</TableCell>
            <TableCell align="right">{translate('app.contributions.line.amount')}</TableCell>
            <TableCell>{translate('app.contributions.line.source')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((l) => (
            <TableRow key={`${l.component}-${l.from}`}>
              <TableCell>{translate(`app.contributions.component.${l.component}`)}</TableCell>
              <TableCell>
                {formatDay(l.from)} – {formatDay(l.to)}
              </TableCell>
              <TableCell>
                {translate('app.contributions.line.formula', {
                  adults: l.adults,
                  perAdult: euro.format(l.perAdult),
                  factor: l.maximumFactor,
                  monthly: euro.format(l.monthlyAmount),
                  days: l.days,
                  daysInMonth: l.daysInMonth,
                })}
              </TableCell>
              <TableCell align="right">{euro.format(l.amount)}</TableCell>
              <TableCell>
                {l.parameters.map((p) => (
                  <div key={p.id}>
                    {translate(`resources.policy-parameters.key.${p.key}`)}:{' '}
                    {translate('app.contributions.line.version', { from: formatDay(p.validFrom) })} · {p.sourceDocument}
                    {p.sourceParagraph ? `, ${p.sourceParagraph}` : ''}
                  </div>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
