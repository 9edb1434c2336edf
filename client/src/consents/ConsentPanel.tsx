import { useState } from 'react';
import {
  Box,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import {
  AutocompleteInput,
  Button,
  DateInput,
  ReferenceInput,
  SelectInput,
  FormDataConsumer,
  required,
  useGetList,
  useGetMany,
  useNotify,
  useRefresh,
  useTranslate,
  useUpdate,
  CanAccess,
} from 'react-admin';
import { useAllows } from '../common/useAllows';
import { choices, CONSENT_METHODS, CONSENT_PURPOSES } from '../common/choices';
import { RecordDialog } from '../common/RecordDialog';
import { formatDay } from '../common/dates';
import type { Consent, PartnerOrganization, Person } from '../api/types';

/** Consent status at a glance, per purpose (and partner for sharing); record or withdraw it here. */
export const ConsentPanel = ({ person }: { person: Person }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [adding, setAdding] = useState(false);
  const [update] = useUpdate();
  const mayWithdraw = useAllows('consents', 'edit');
  const { data: consents = [] } = useGetList<Consent>('consents', {
    filter: { personId: person.id },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'givenOn', order: 'DESC' },
  });
  const partnerIds = [...new Set(consents.map((c) => c.partnerOrganizationId).filter((id): id is string => !!id))];
  const { data: partners = [] } = useGetMany<PartnerOrganization>(
    'partner-organizations',
    { ids: partnerIds },
    { enabled: partnerIds.length > 0 },
  );
  const partnerName = (id: string) => partners.find((p) => p.id === id)?.name ?? '…';

  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);

  const withdraw = async (consent: Consent, withdrawnOn: string) => {
    try {
      await update(
        'consents',
        { id: consent.id, data: { withdrawnOn, version: consent.version }, previousData: consent },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      notify('app.consent.withdrawn', { type: 'info' });
      setWithdrawing(null);
      refresh();
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      notify(body?.errors?.withdrawnOn ?? (error as Error).message, { type: 'error' });
    }
  };

  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="consent-panel">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('app.consent.title')}</Typography>
          <CanAccess resource="consents" action="create">
            <Button label="app.consent.add" variant="outlined" onClick={() => setAdding(true)}>
              <AddIcon />
            </Button>
          </CanAccess>
        </Box>
        {consents.length === 0 && <Typography variant="body2">{translate('app.consent.none')}</Typography>}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
          {consents.map((c) => (
            <Chip
              key={c.id}
              color={c.active ? 'success' : 'default'}
              variant={c.active ? 'filled' : 'outlined'}
              label={`${translate(`resources.consents.purpose.${c.purpose}`)}${c.partnerOrganizationId ? `: ${partnerName(c.partnerOrganizationId)}` : ''} · ${formatDay(c.givenOn)}${c.withdrawnOn ? ` → ${formatDay(c.withdrawnOn)}` : ''}`}
              onDelete={c.active && mayWithdraw ? () => setWithdrawing(c) : undefined}
              title={c.active && mayWithdraw ? translate('app.consent.withdraw') : undefined}
            />
          ))}
        </Box>
      </CardContent>
      {withdrawing && (
        <WithdrawDialog onCancel={() => setWithdrawing(null)} onConfirm={(date) => withdraw(withdrawing, date)} />
      )}
      {adding && (
        <RecordDialog
          resource="consents"
          title="app.consent.add"
          fixed={{ personId: person.id }}
          onClose={() => setAdding(false)}
        >
          <SelectInput
            source="purpose"
            choices={choices('consents', 'purpose', CONSENT_PURPOSES)}
            validate={required()}
          />
          <FormDataConsumer>
            {({ formData }) =>
              formData.purpose === 'sharing' ? (
                <ReferenceInput source="partnerOrganizationId" reference="partner-organizations">
                  <AutocompleteInput optionText="name" validate={required()} />
                </ReferenceInput>
              ) : null
            }
          </FormDataConsumer>
          <SelectInput
            source="givenHow"
            choices={choices('consents', 'givenHow', CONSENT_METHODS)}
            validate={required()}
          />
          <DateInput source="givenOn" defaultValue={new Date().toISOString().slice(0, 10)} />
        </RecordDialog>
      )}
    </Card>
  );
};

/**
 * Withdrawal is final and takes effect at once, so it is confirmed, with the
 * day the person withdrew (today by default, never ahead).
 */
const WithdrawDialog = ({ onCancel, onConfirm }: { onCancel: () => void; onConfirm: (date: string) => void }) => {
  const translate = useTranslate();
  const today = new Date().toISOString().slice(0, 10);
  const [date, setDate] = useState(today);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= today;
  return (
    <Dialog open onClose={onCancel} data-testid="withdraw-consent">
      <DialogTitle>{translate('app.consent.withdrawTitle')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('app.consent.withdrawText')}
        </Typography>
        <TextField
          type="date"
          label={translate('app.consent.withdrawnOn')}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
          error={!valid}
        />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onCancel} />
        <Button
          label="app.consent.withdraw"
          variant="contained"
          color="error"
          disabled={!valid}
          onClick={() => onConfirm(date)}
        />
      </DialogActions>
    </Dialog>
  );
};
