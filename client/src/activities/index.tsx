import {
  AutocompleteArrayInput,
  BooleanInput,
  Create,
  DateInput,
  Edit,
  FormDataConsumer,
  FunctionField,
  List,
  NumberInput,
  ReferenceArrayInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextInput,
  TextArrayInput,
  minValue,
  maxValue,
  required,
} from 'react-admin';
import { Chip } from '@mui/material';
import { activityTypeValues } from '../api/schema';
import { choices } from '../common/choices';
import { DateField, NumberField } from '../common/fields';
import { useLabels } from '../labels/useLabels';
import { BulkLabelButton } from '../labels/BulkLabelButton';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

const typeChoices = choices('activities', 'type', activityTypeValues);

/** The labels' chips; the column is named by its field for the header and the column chooser. */
const LabelChips = (_props: { source: string; sortable: false }) => {
  const { pathOf } = useLabels({ includeArchived: true });
  return (
    <FunctionField
      source="labelIds"
      sortable={false}
      render={(r: { labelIds?: string[] }) =>
        (r.labelIds ?? []).map((id) => <Chip key={id} size="small" label={pathOf(id)} sx={{ mr: 0.5 }} />)
      }
    />
  );
};

/** Known attendees plus the others counted: what the report sums as attendance. */
const Attendance = (_props: { source: string; label: string; sortable: false }) => (
  <FunctionField
    source="anonymousCount"
    sortable={false}
    render={(r: { personIds?: string[]; anonymousCount?: number }) =>
      (r.personIds?.length ?? 0) + (r.anonymousCount ?? 0)
    }
  />
);

const ActivityList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'date', order: 'DESC' }}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <SelectInput key="type" source="type" choices={typeChoices} alwaysOn />,
      <BooleanInput key="unlabelled" source="unlabelled" />,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="edit" bulkActionButtons={<BulkLabelButton />}>
      <DateField source="date" />
      <SelectField source="type" choices={typeChoices} />
      <FunctionField source="title" render={(r: { title?: string }) => r.title} />
      <NumberField source="durationMinutes" />
      <Attendance source="anonymousCount" label="app.groupWork.attendance" sortable={false} />
      <LabelChips source="labelIds" sortable={false} />
    </ResponsiveDatagrid>
  </List>
);

/** The form of an activity: what, when, where, who organised it, who came, and its labels. */
const ActivityInputs = () => {
  const { labels, pathOf } = useLabels();
  return (
    <>
      <SelectInput source="type" choices={typeChoices} validate={required()} defaultValue="workshop" />
      <TextInput source="title" validate={required()} fullWidth />
      <DateInput source="date" validate={required()} />
      <NumberInput source="durationMinutes" validate={[required(), minValue(1), maxValue(1440)]} defaultValue={90} />
      <BooleanInput source="online" defaultValue={false} />
      <FormDataConsumer<{ online?: boolean }>>
        {({ formData }) => <TextInput source="municipality" validate={formData.online ? undefined : required()} />}
      </FormDataConsumer>
      <TextInput source="organiser" />
      <NumberInput source="organiserMinutes" validate={minValue(0)} />
      <ReferenceArrayInput source="partnerOrganizationIds" reference="partner-organizations" perPage={100}>
        <AutocompleteArrayInput optionText="name" />
      </ReferenceArrayInput>
      <TextArrayInput source="languages" />
      <ReferenceArrayInput source="personIds" reference="persons" perPage={50}>
        <AutocompleteArrayInput optionText="firstName" filterToQuery={(q: string) => ({ q })} />
      </ReferenceArrayInput>
      <NumberInput source="anonymousCount" validate={minValue(0)} defaultValue={0} />
      <TextInput source="notes" multiline fullWidth />
      <AutocompleteArrayInput source="labelIds" choices={labels.map((l) => ({ id: l.id, name: pathOf(l.id) }))} />
    </>
  );
};

const ActivityCreate = () => (
  <Create redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <ActivityInputs />
    </SimpleForm>
  </Create>
);

const ActivityEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <ActivityInputs />
    </SimpleForm>
  </Edit>
);

export default { list: ActivityList, create: ActivityCreate, edit: ActivityEdit };
