import { useState } from 'react';
import {
  Datagrid,
  Form,
  NumberField,
  ReferenceManyField,
  SaveButton,
  SelectField,
  TextField,
  useCreate,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
  type RaRecord,
  Button,
  ResourceContextProvider,
} from 'react-admin';
import { Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/PersonAdd';
import EditIcon from '@mui/icons-material/Edit';
import { choices, HOUSEHOLD_ROLES } from '../common/choices';
import { PersonInputs } from '../persons/PersonInputs';

/** Members shown, added and edited on the household page, without leaving it. */
export const HouseholdMembers = () => {
  const household = useRecordContext();
  const translate = useTranslate();
  const [editing, setEditing] = useState<RaRecord | 'new' | null>(null);
  if (!household) return null;
  return (
    <>
      <Button label="app.members.add" onClick={() => setEditing('new')} variant="outlined" sx={{ mb: 1 }}>
        <AddIcon />
      </Button>
      <ReferenceManyField
        reference="persons"
        target="householdId"
        sort={{ field: 'birthYear', order: 'ASC' }}
        perPage={50}
        empty={<Typography variant="body2">{translate('app.empty.members')}</Typography>}
      >
        <Datagrid bulkActionButtons={false} rowClick="show">
          <TextField source="firstName" />
          <NumberField source="birthYear" options={{ useGrouping: false }} />
          <SelectField source="householdRole" choices={choices('persons', 'householdRole', HOUSEHOLD_ROLES)} />
          <TextField source="profession" emptyText="—" />
          <EditMemberButton onEdit={setEditing} />
        </Datagrid>
      </ReferenceManyField>
      {editing && (
        <MemberDialog householdId={String(household.id)} member={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </>
  );
};

const EditMemberButton = ({ onEdit }: { onEdit: (record: RaRecord) => void }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Button
      label="app.members.edit"
      onClick={(event) => {
        event.stopPropagation();
        onEdit(record);
      }}
    >
      <EditIcon />
    </Button>
  );
};

interface MemberDialogProps {
  householdId: string;
  member?: RaRecord;
  onClose: () => void;
}

export const MemberDialog = ({ householdId, member, onClose }: MemberDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending: creating }] = useCreate();
  const [update, { isPending: updating }] = useUpdate();

  const save = async (values: Record<string, unknown>) => {
    const data = { ...values, householdId };
    try {
      if (member) {
        await update('persons', { id: member.id, data, previousData: member }, { mutationMode: 'pessimistic', returnPromise: true });
      } else {
        await create('persons', { data }, { returnPromise: true });
      }
      notify(member ? 'ra.notification.updated' : 'ra.notification.created', { messageArgs: { smart_count: 1 } });
      refresh();
      onClose();
    } catch (error) {
      // Field errors from the server are shown next to the inputs.
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) return body.errors;
      notify((error as Error).message ?? 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <ResourceContextProvider value="persons">
        <Form record={member ?? { householdId }} onSubmit={save}>
          <DialogTitle>{translate(member ? 'app.members.edit' : 'app.members.add')}</DialogTitle>
          <DialogContent>
            <PersonInputs showHousehold={false} />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <SaveButton disabled={creating || updating} alwaysEnable />
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
};
