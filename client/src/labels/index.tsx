import { useState } from 'react';
import {
  AutocompleteInput,
  BooleanField,
  CanAccess,
  BooleanInput,
  Button,
  Create,
  Edit,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  TopToolbar,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
} from 'react-admin';
import {
  Box,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField as MuiTextField,
} from '@mui/material';
import MergeIcon from '@mui/icons-material/MergeType';
import { useDomains } from '../integration-domains/useDomains';
import { useLabels } from './useLabels';
import { useApiMutation } from '../common/useApi';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

// Each column's element names its field, for the header and the column chooser.
const LabelName = (_props: { source: 'name' }) => {
  const { pathOf } = useLabels({ includeArchived: true });
  return <FunctionField source="name" render={(r: { id: string }) => pathOf(r.id)} />;
};

const Swatch = (_props: { source: 'color'; sortable: false }) => (
  <FunctionField
    source="color"
    render={(r: { color?: string }) => (
      <Box sx={{ width: 16, height: 16, borderRadius: '50%', bgcolor: r.color ?? '#ccc' }} />
    )}
  />
);

const Definition = (_props: { source: 'definition'; sortable: false }) => {
  const { definitionOf } = useLabels({ includeArchived: true });
  return (
    <FunctionField
      source="definition"
      render={(r: { definition: string | null; domainKey: string | null }) => definitionOf(r).slice(0, 100)}
    />
  );
};

/** Parents are picked by their full path, so two labels of the same name can be told apart. */
const ParentInput = () => {
  const { pathOf } = useLabels();
  return (
    <ReferenceInput source="parentId" reference="labels" filter={{ archived: false }} perPage={1000}>
      <AutocompleteInput optionText={(l: { id: string }) => pathOf(l.id)} />
    </ReferenceInput>
  );
};

const LabelList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={50}
    filterDefaultValues={{ archived: false }}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <NullableBooleanInput key="archived" source="archived" alwaysOn />,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="edit" bulkActionButtons={false}>
      <Swatch source="color" sortable={false} />
      <LabelName source="name" />
      <Definition source="definition" sortable={false} />
      <BooleanField source="archived" />
    </ResponsiveDatagrid>
  </List>
);

const LabelInputs = () => {
  const { choices } = useDomains();
  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextInput source="name.nl" />
        <TextInput source="name.en" />
        <TextInput source="name.uk" />
      </Box>
      <ParentInput />
      <TextInput source="color" helperText="#1976d2" />
      <SelectInput source="domainKey" choices={choices} />
      <TextInput source="definition" multiline fullWidth />
      <BooleanInput source="archived" />
    </>
  );
};

/** Moves every use of this label to another one; the server does it in one transaction. */
const MergeButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const { labels, pathOf } = useLabels();
  const [open, setOpen] = useState(false);
  const [intoId, setIntoId] = useState('');
  const { mutate: mergeLabel } = useApiMutation('mergeLabel', {
    onSuccess: () => {
      notify('app.codebook.merged', { type: 'success' });
      redirect('list', 'labels');
    },
    onError: (error) => {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      notify(body?.errors?.intoId ?? error.message, { type: 'error' });
    },
  });
  if (!record) return null;
  const merge = () => mergeLabel({ id: String(record.id), intoId });
  return (
    <>
      <Button label="app.codebook.merge" onClick={() => setOpen(true)}>
        <MergeIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate('app.codebook.mergeInto')}</DialogTitle>
        <DialogContent>
          <MuiTextField select fullWidth value={intoId} onChange={(e) => setIntoId(e.target.value)} sx={{ mt: 1 }}>
            {labels
              .filter((l) => l.id !== record.id)
              .map((l) => (
                <MenuItem key={l.id} value={l.id}>
                  {pathOf(l.id)}
                </MenuItem>
              ))}
          </MuiTextField>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" variant="contained" disabled={!intoId} onClick={merge} />
        </DialogActions>
      </Dialog>
    </>
  );
};

const LabelCreate = () => (
  <Create redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <LabelInputs />
    </SimpleForm>
  </Create>
);

const LabelEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="list"
    actions={
      <TopToolbar>
        <CanAccess resource="labels" action="merge">
          <MergeButton />
        </CanAccess>
      </TopToolbar>
    }
  >
    <SimpleForm warnWhenUnsavedChanges>
      <LabelInputs />
    </SimpleForm>
  </Edit>
);

export default {
  list: LabelList,
  create: LabelCreate,
  edit: LabelEdit,
};
