import { useState } from 'react';
import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import SendIcon from '@mui/icons-material/Send';
import {
  AutocompleteInput, Button, DateInput, ReferenceInput, SelectInput, TextInput, required,
  useGetList, useGetMany, useNotify, useRefresh, useTranslate, useUpdate, type RaRecord,
} from 'react-admin';
import { RecordDialog } from '../common/RecordDialog';
import { useDomains } from '../integration-domains/useDomains';

/** A person's referrals; sending one needs their sharing consent, which the server checks. */
export const ReferralsPanel = ({ person }: { person: RaRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { choices: domainChoices } = useDomains();
  const [adding, setAdding] = useState(false);
  const [update] = useUpdate();
  const { data: referrals = [] } = useGetList('referrals', { filter: { personId: person.id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'date', order: 'DESC' } });
  const { data: partners = [] } = useGetMany('partner-organizations', { ids: [...new Set(referrals.map((r) => r.partnerOrganizationId))] }, { enabled: referrals.length > 0 });

  const send = async (referral: RaRecord) => {
    try {
      await update('referrals', { id: referral.id, data: { status: 'sent', version: referral.version }, previousData: referral }, { mutationMode: 'pessimistic', returnPromise: true });
      refresh();
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      notify(body?.errors?.status ?? (error as Error).message, { type: 'error', autoHideDuration: 10000 });
    }
  };

  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="referrals-panel">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('app.consent.referrals')}</Typography>
          <Button label="app.consent.addReferral" variant="outlined" onClick={() => setAdding(true)}>
            <AddIcon />
          </Button>
        </Box>
        {referrals.map((r) => (
          <Box key={r.id} sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 0.5, borderBottom: '1px solid #eee' }} data-testid="referral">
            <Typography variant="body2" sx={{ minWidth: 90 }}>
              {r.date}
            </Typography>
            <Typography variant="body2" sx={{ flex: 1 }}>
              {partners.find((p) => p.id === r.partnerOrganizationId)?.name ?? '…'}
              {r.reason ? ` — ${r.reason}` : ''}
            </Typography>
            <Chip size="small" label={translate(`resources.referrals.status.${r.status}`)} data-testid="referral-status" />
            {r.status === 'proposed' && (
              <Button label="app.consent.send" onClick={() => send(r)}>
                <SendIcon />
              </Button>
            )}
          </Box>
        ))}
      </CardContent>
      {adding && (
        <RecordDialog resource="referrals" title="app.consent.addReferral" fixed={{ personId: person.id }} onClose={() => setAdding(false)}>
          <ReferenceInput source="partnerOrganizationId" reference="partner-organizations">
            <AutocompleteInput optionText="name" validate={required()} />
          </ReferenceInput>
          <SelectInput source="domainKey" choices={domainChoices} />
          <TextInput source="reason" multiline fullWidth />
          <DateInput source="date" defaultValue={new Date().toISOString().slice(0, 10)} />
        </RecordDialog>
      )}
    </Card>
  );
};
