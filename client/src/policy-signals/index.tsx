import {
  Button,
  Create,
  CreateButton,
  DateInput,
  Edit,
  FilterButton,
  FunctionField,
  List,
  SelectField,
  SelectInput,
  SimpleForm,
  TextInput,
  TopToolbar,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Box, List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import AddIcon from '@mui/icons-material/Add';
import { useQueryClient } from '@tanstack/react-query';
import { policyAudienceValues, policySignalStatusValues, policyThemeValues } from '../api/schema';
import type { PolicySignal } from '../api/types';
import { choices } from '../common/choices';
import { formatDay } from '../common/dates';
import { DateField } from '../common/fields';
import { API_QUERY_KEY, useApi, useApiMutation } from '../common/useApi';
import { useDomains } from '../integration-domains/useDomains';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListColumnsButton } from '../layout/ListColumns';
import { useReportDownload } from '../reports/download';

const themeChoices = choices('policy-signals', 'theme', policyThemeValues);
const statusChoices = choices('policy-signals', 'status', policySignalStatusValues);
const audienceChoices = choices('policy-signals', 'raisedWith', policyAudienceValues);

/** "4 systemic obstacles · 3 households · 2 municipalities · since 3 Nov 2025": computed by the server from the links. */
export const EvidenceLine = ({ signal }: { signal: Pick<PolicySignal, 'evidence'> }) => {
  const translate = useTranslate();
  const e = signal.evidence;
  if (!e || e.obstacles === 0) return <>{translate('app.groupWork.noEvidence')}</>;
  return (
    <>
      {translate('app.groupWork.evidenceLine', {
        obstacles: e.obstacles,
        households: e.households,
        municipalities: e.municipalities,
        since: formatDay(e.since ?? undefined),
      })}
    </>
  );
};

const ListActions = () => {
  const download = useReportDownload();
  return (
    <TopToolbar>
      <ListColumnsButton />
      <FilterButton />
      <CreateButton />
      <Button label="app.groupWork.downloadSignals" onClick={() => download('policy-signals', {})}>
        <DownloadIcon />
      </Button>
    </TopToolbar>
  );
};

const SignalList = () => (
  <List
    sort={{ field: 'updatedAt', order: 'DESC' }}
    actions={<ListActions />}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
      <SelectInput key="theme" source="theme" choices={themeChoices} />,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="edit" bulkActionButtons={false}>
      <FunctionField source="title" render={(r: PolicySignal) => r.title} />
      <SelectField source="theme" choices={themeChoices} />
      <SelectField source="status" choices={statusChoices} />
      <FunctionField source="evidence" sortable={false} render={(r: PolicySignal) => <EvidenceLine signal={r} />} />
      <DateField source="raisedOn" />
    </ResponsiveDatagrid>
  </List>
);

const SignalInputs = () => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <SelectInput source="theme" choices={themeChoices} validate={required()} />
    <TextInput source="problem" multiline fullWidth />
    <SelectInput source="status" choices={statusChoices} defaultValue="open" validate={required()} />
    <SelectInput source="raisedWith" choices={audienceChoices} />
    <TextInput source="raisedWithName" />
    <DateInput source="raisedOn" />
    <TextInput source="raisedHow" />
    <TextInput source="answer" multiline fullWidth />
    <DateInput source="answeredOn" />
  </>
);

/** The evidence and the new systemic obstacles of the same domains, each one click from the signal. */
const EvidencePanel = () => {
  const translate = useTranslate();
  const signal = useRecordContext<PolicySignal>();
  const { nameOf } = useDomains();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const suggestions = useApi('getSignalSuggestions', { signalId: String(signal?.id ?? '') });
  const { mutate, isPending } = useApiMutation('addSignalObstacles', {
    onSuccess: () => {
      notify('app.groupWork.saved', { type: 'success' });
      void queryClient.invalidateQueries({ queryKey: API_QUERY_KEY });
      refresh();
    },
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  if (!signal) return null;
  return (
    <Box sx={{ px: 2, pb: 2 }} data-testid="signal-evidence">
      <Typography variant="subtitle1">{translate('app.groupWork.evidence')}</Typography>
      <Typography variant="body2" data-testid="evidence-line">
        <EvidenceLine signal={signal} />
      </Typography>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('app.groupWork.suggestions')}
      </Typography>
      {suggestions.data?.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.groupWork.noSuggestions')}
        </Typography>
      )}
      <MuiList dense>
        {(suggestions.data ?? []).map((o) => (
          <ListItem
            key={o.id}
            secondaryAction={
              <Button
                label="app.groupWork.addSuggestion"
                disabled={isPending}
                onClick={() => mutate({ signalId: String(signal.id), obstacleIds: [o.id] })}
              >
                <AddIcon />
              </Button>
            }
          >
            <ListItemText primary={o.title} secondary={`${nameOf(o.domainKey)} · ${formatDay(o.identifiedOn)}`} />
          </ListItem>
        ))}
      </MuiList>
    </Box>
  );
};

const SignalCreate = () => (
  <Create redirect="edit">
    <SimpleForm warnWhenUnsavedChanges>
      <SignalInputs />
    </SimpleForm>
  </Create>
);

const SignalEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <EvidencePanel />
    <SimpleForm warnWhenUnsavedChanges>
      <SignalInputs />
    </SimpleForm>
  </Edit>
);

export default { list: SignalList, create: SignalCreate, edit: SignalEdit };
