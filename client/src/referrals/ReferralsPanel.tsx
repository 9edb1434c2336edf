import { useState } from 'react';
import { Box, Card, CardContent, Chip, IconButton, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import SendIcon from '@mui/icons-material/Send';
import {
  AutocompleteInput,
  Button,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  TextInput,
  required,
  useGetList,
  useGetMany,
  useNotify,
  useRefresh,
  useTranslate,
  useUpdate,
  CanAccess,
} from 'react-admin';
import { RecordDialog } from '../common/RecordDialog';
import { choices, REFERRAL_STATUSES } from '../common/choices';
import { useDomains } from '../integration-domains/useDomains';
import type { PartnerOrganization, Person, Referral } from '../api/types';

const statusChoices = choices('referrals', 'status', REFERRAL_STATUSES);

/**
 * A person's referrals, from proposed to their outcome; sending one needs
 * their sharing consent, which the server checks.
 */
export const ReferralsPanel = ({ person }: { person: Person }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { choices: domainChoices } = useDomains();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<Referral | null>(null);
  const [update] = useUpdate();
  const { data: referrals = [] } = useGetList<Referral>('referrals', {
    filter: { personId: person.id },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'date', order: 'DESC' },
  });
  const { data: partners = [] } = useGetMany<PartnerOrganization>(
    'partner-organizations',
    { ids: [...new Set(referrals.map((r) => r.partnerOrganizationId))] },
    { enabled: referrals.length > 0 },
  );

  const send = async (referral: Referral) => {
    try {
      await update(
        'referrals',
        { id: referral.id, data: { status: 'sent', version: referral.version }, previousData: referral },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      refresh();
    } catch (error) {
      // The data provider has already put the server's refusal (by its code) in the reader's language.
      const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
      notify(errors?.status ?? (error as Error).message, { type: 'error', autoHideDuration: 10000 });
    }
  };

  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="referrals-panel">
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('app.consent.referrals')}</Typography>
          <CanAccess resource="referrals" action="create">
            <Button label="app.consent.addReferral" variant="outlined" onClick={() => setAdding(true)}>
              <AddIcon />
            </Button>
          </CanAccess>
        </Box>
        {referrals.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.consent.noReferrals')}
          </Typography>
        )}
        {referrals.map((r) => (
          <Box
            key={r.id}
            sx={{ display: 'flex', gap: 1, alignItems: 'center', py: 0.5, borderBottom: '1px solid #eee' }}
            data-testid="referral"
          >
            <Typography variant="body2" sx={{ minWidth: 90 }}>
              {r.date}
            </Typography>
            <Box sx={{ flex: 1 }}>
              <Typography variant="body2">
                {partners.find((p) => p.id === r.partnerOrganizationId)?.name ?? '…'}
                {r.reason ? ` — ${r.reason}` : ''}
              </Typography>
              {r.outcome && (
                <Typography variant="caption" color="text.secondary" data-testid="referral-outcome">
                  {translate('resources.referrals.fields.outcome')}: {r.outcome}
                </Typography>
              )}
            </Box>
            <Chip
              size="small"
              label={translate(`resources.referrals.status.${r.status}`)}
              data-testid="referral-status"
            />
            {r.status === 'proposed' && (
              <CanAccess resource="referrals" action="edit">
                <Button label="app.consent.send" onClick={() => send(r)}>
                  <SendIcon />
                </Button>
              </CanAccess>
            )}
            <CanAccess resource="referrals" action="edit">
              <Tooltip title={translate('app.consent.editReferral')}>
                <IconButton
                  size="small"
                  aria-label={translate('app.consent.editReferral')}
                  onClick={() => setEditing(r)}
                >
                  <EditIcon fontSize="small" />
                </IconButton>
              </Tooltip>
            </CanAccess>
          </Box>
        ))}
      </CardContent>
      {adding && (
        <RecordDialog
          resource="referrals"
          title="app.consent.addReferral"
          fixed={{ personId: person.id }}
          onClose={() => setAdding(false)}
        >
          <ReferenceInput source="partnerOrganizationId" reference="partner-organizations">
            <AutocompleteInput optionText="name" validate={required()} />
          </ReferenceInput>
          <SelectInput source="domainKey" choices={domainChoices} />
          <TextInput source="reason" multiline fullWidth />
          <DateInput source="date" defaultValue={new Date().toISOString().slice(0, 10)} />
        </RecordDialog>
      )}
      {editing && (
        <RecordDialog
          resource="referrals"
          title="app.consent.editReferral"
          fixed={{ personId: person.id }}
          record={editing}

          onClose={() => setEditing(null)}
        >
          <SelectInput source="status" choices={statusChoices} validate={required()} />
          <TextInput source="outcome" multiline fullWidth />
          <FormDataConsumer>
            {({ formData }) =>
              // Only a completed referral can be linked to the breakthrough it led to, one of the person's household.
              formData.status === 'completed' ? (
                <ReferenceInput
                  source="breakthroughId"
                  reference="breakthroughs"
                  filter={{ householdId: person.householdId }}
                  sort={{ field: 'date', order: 'DESC' }}
                >
                  <AutocompleteInput optionText="title" filterToQuery={(q) => ({ q })} />
                </ReferenceInput>
              ) : null
            }
          </FormDataConsumer>
          <SelectInput source="domainKey" choices={domainChoices} />
          <TextInput source="reason" multiline fullWidth />
          <DateInput source="date" />
        </RecordDialog>
      )}
    </Card>
  );
};
