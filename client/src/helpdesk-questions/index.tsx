import {
  AutocompleteArrayInput,
  BooleanInput,
  Create,
  DateTimeInput,
  Edit,
  FunctionField,
  List,
  NumberInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
} from 'react-admin';
import { DateField } from '../common/fields';
import { Chip } from '@mui/material';
import { choices, CHANNELS, HELPDESK_STATUSES } from '../common/choices';
import { useLabels } from '../labels/useLabels';
import { BulkLabelButton } from '../labels/BulkLabelButton';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

const statusChoices = choices('helpdesk-questions', 'status', HELPDESK_STATUSES);

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

const QuestionList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'receivedAt', order: 'DESC' }}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
      <BooleanInput key="unlabelled" source="unlabelled" />,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="edit" bulkActionButtons={<BulkLabelButton />}>
      <DateField source="receivedAt" showTime />
      <FunctionField source="question" render={(r: { question?: string }) => (r.question ?? '').slice(0, 80)} />
      <SelectField source="status" choices={statusChoices} />
      <LabelChips source="labelIds" sortable={false} />
    </ResponsiveDatagrid>
  </List>
);

const QuestionInputs = () => {
  const { labels, pathOf } = useLabels();
  return (
    <>
      <DateTimeInput source="receivedAt" validate={required()} defaultValue={new Date()} />
      <SelectInput
        source="channel"
        choices={choices('contact-logs', 'channel', CHANNELS)}
        validate={required()}
        defaultValue="messaging"
      />
      <TextInput source="language" />
      <TextInput source="question" multiline fullWidth validate={required()} />
      <TextInput source="answer" multiline fullWidth />
      <BooleanInput source="clearedForResearch" />
      <NumberInput source="minutes" />
      <SelectInput source="status" choices={statusChoices} defaultValue="open" />
      <AutocompleteArrayInput source="labelIds" choices={labels.map((l) => ({ id: l.id, name: pathOf(l.id) }))} />
    </>
  );
};

const QuestionCreate = () => (
  <Create redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <QuestionInputs />
    </SimpleForm>
  </Create>
);

const QuestionEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <QuestionInputs />
    </SimpleForm>
  </Edit>
);

export default { list: QuestionList, create: QuestionCreate, edit: QuestionEdit };
