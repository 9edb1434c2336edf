import { Alert, Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import type { EmployerSubsidy, Placement } from '../api/types';
import { useApi } from '../common/useApi';
import { useReportFormat } from '../reports/format';

/** The card mark on the board: a proposal that may not start yet, and why. */
export const StartBlockerChip = ({ placement }: { placement: Placement }) => {
  const translate = useTranslate();
  const blocker = placement.workPermit?.startBlocker;
  if (!blocker) return null;
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      icon={<WarningAmberIcon />}
      label={translate(`app.placementRules.startBlocker.${blocker}`)}
      data-testid="start-blocker"
      sx={{ mt: 0.5, maxWidth: '100%' }}
    />
  );
};

/** What the work-permit rule says about this placement (letters 000 and 004). */
export const WorkPermitPanel = () => {
  const translate = useTranslate();
  const record = useRecordContext<Placement>();
  if (!record?.workPermit) return null;
  const { requirement, startBlocker } = record.workPermit;
  return (
    <Alert
      severity={startBlocker ? 'warning' : 'info'}
      data-testid="work-permit"
      sx={{ width: '100%', boxSizing: 'border-box' }}
    >
      <Typography variant="subtitle2">{translate('app.placementRules.workPermit')}</Typography>
      <Typography variant="body2">{translate(`app.placementRules.requirement.${requirement}`)}</Typography>
      {startBlocker && (
        <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
          {translate('app.placementRules.cannotStart')}: {translate(`app.placementRules.startBlocker.${startBlocker}`)}
        </Typography>
      )}
    </Alert>
  );
};

type SubsidyLine = EmployerSubsidy['placements'][number];

const useMoney = () => {
  const { number } = useReportFormat();
  return (amount: number) => `€ ${number(amount)}`;
};

const LineStatus = ({ line }: { line: SubsidyLine }) => {
  const translate = useTranslate();
  const money = useMoney();
  if (line.counted) return <>{`${translate('app.placementRules.subsidy.counted')}: ${money(line.amount)}`}</>;
  if (line.meetsConditions) return <>{translate('app.placementRules.subsidy.notCounted')}</>;
  return (
    <>
      {`${translate('app.placementRules.subsidy.unmet')}: `}
      {line.unmet.map((c) => translate(`app.placementRules.subsidy.condition.${c}`)).join(', ')}
    </>
  );
};

/** The employer subsidy for status holders on the employer's page: per placement, and the total. */
export const EmployerSubsidyPanel = () => {
  const translate = useTranslate();
  const money = useMoney();
  const record = useRecordContext<{ id: string }>();
  const { data } = useApi('getEmployerSubsidy', { employerId: String(record?.id ?? '') });
  if (!data) return null;
  const s = (key: string, args?: Record<string, unknown>) => translate(`app.placementRules.subsidy.${key}`, args);
  return (
    <Box data-testid="employer-subsidy" sx={{ width: '100%' }}>
      <Typography variant="h6">{s('title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {s('explanation', {
          amount: money(data.parameters.amountPerPerson),
          maximum: money(data.parameters.maximumPerEmployer),
          hours: data.parameters.minHoursPerWeek,
          months: data.parameters.minContractMonths,
        })}
      </Typography>
      <Typography variant="body1" data-testid="subsidy-total">
        {s('total')}: <strong>{money(data.total)}</strong> · {s('eligiblePersons')}: {data.eligiblePersons}
      </Typography>
      {data.maximumReached && (
        <Alert severity="info" sx={{ my: 1 }}>
          {s('maximumReached')}
        </Alert>
      )}
      {data.placements.length === 0 ? (
        <Typography variant="body2">{s('none')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.placements.fields.personId')}</TableCell>
                <TableCell>{s('meets')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.placements.map((line) => (
                <TableRow key={line.placementId} data-testid="subsidy-line">
                  <TableCell>
                    <ReferenceField
                      record={line}
                      source="personId"
                      reference="persons"
                      link={() => `/placements/${line.placementId}/show`}
                    />
                  </TableCell>
                  <TableCell>
                    <LineStatus line={line} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

/** The subsidy line of one placement, on its page (only with an employer). */
export const PlacementSubsidy = () => {
  const record = useRecordContext<Placement>();
  if (!record?.employerId) return null;
  return <PlacementSubsidyLine employerId={record.employerId} placementId={record.id} />;
};

const PlacementSubsidyLine = ({ employerId, placementId }: { employerId: string; placementId: string }) => {
  const translate = useTranslate();
  const { data } = useApi('getEmployerSubsidy', { employerId });
  const line = data?.placements.find((l) => l.placementId === placementId);
  if (!line) return null;
  return (
    <Box data-testid="placement-subsidy">
      <Typography variant="caption" color="text.secondary">
        {translate('app.placementRules.subsidy.placement')}
      </Typography>
      <Typography variant="body2">
        <LineStatus line={line} />
      </Typography>
    </Box>
  );
};
