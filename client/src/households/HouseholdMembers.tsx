import { useState } from 'react';
import {
  Button,
  ReferenceManyField,
  SelectField,
  TextField,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { NumberField } from '../common/fields';
import { Typography } from '@mui/material';
import { RecordDialog } from '../common/RecordDialog';
import AddIcon from '@mui/icons-material/PersonAdd';
import EditIcon from '@mui/icons-material/Edit';
import { choices, HOUSEHOLD_ROLES } from '../common/choices';
import { PersonInputs } from '../persons/PersonInputs';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';

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
        <ResponsiveDatagrid bulkActionButtons={false} rowClick="show">
          <TextField source="firstName" />
          <NumberField source="birthYear" options={{ useGrouping: false }} />
          <SelectField source="householdRole" choices={choices('persons', 'householdRole', HOUSEHOLD_ROLES)} />
          <TextField source="profession" emptyText="—" />
          <EditMemberButton onEdit={setEditing} />
        </ResponsiveDatagrid>
      </ReferenceManyField>
      {editing && (
        <MemberDialog
          householdId={String(household.id)}
          member={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
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

export const MemberDialog = ({ householdId, member, onClose }: MemberDialogProps) => (
  <RecordDialog
    resource="persons"
    title={member ? 'app.members.edit' : 'app.members.add'}
    fixed={{ householdId }}
    record={member}
    onClose={onClose}
  >
    <PersonInputs showHousehold={false} />
  </RecordDialog>
);
