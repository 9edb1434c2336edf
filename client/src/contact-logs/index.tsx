import {
  BooleanInput,
  Create,
  Edit,
  FunctionField,
  List,
  ReferenceField,
  SelectField,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { NoteWithheld } from './NoteWithheld';
import { DateField, NumberField } from '../common/fields';
import { Chip } from '@mui/material';
import { choices, CHANNELS } from '../common/choices';
import { useLabels } from '../labels/useLabels';
import { ContactLogInputs } from './ContactLogInputs';
import { BulkLabelButton } from '../labels/BulkLabelButton';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

/** The labels' chips; the column is named by its field for the header and the column chooser. */
const LabelChips = (_props: { source: string; sortable: false }) => {
  const { pathOf } = useLabels({ includeArchived: true });
  return (
    <FunctionField
      source="labelIds"
      render={(r: { labelIds?: string[] }) =>
        (r.labelIds ?? []).map((id) => <Chip key={id} size="small" label={pathOf(id)} sx={{ mr: 0.5 }} />)
      }
    />
  );
};

const ContactLogList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <SelectInput key="channel" source="channel" choices={choices('contact-logs', 'channel', CHANNELS)} />,
      <BooleanInput key="unlabelled" source="unlabelled" />,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="edit" bulkActionButtons={<BulkLabelButton />}>
      <DateField source="occurredAt" showTime />
      <ReferenceField source="householdId" reference="households" link="show" />
      <NumberField source="minutes" />
      <SelectField source="channel" choices={choices('contact-logs', 'channel', CHANNELS)} />
      <FunctionField
        source="note"
        render={(r: { note?: string | null; noteWithheld?: boolean }) =>
          r.noteWithheld ? <NoteWithheld /> : (r.note ?? '').slice(0, 80)
        }
      />
      <LabelChips source="labelIds" sortable={false} />
    </ResponsiveDatagrid>
  </List>
);

const ContactLogCreate = () => (
  <Create redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <ContactLogInputs />
    </SimpleForm>
  </Create>
);

const ContactLogEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <ContactLogInputs />
    </SimpleForm>
  </Edit>
);

export default { list: ContactLogList, create: ContactLogCreate, edit: ContactLogEdit };
