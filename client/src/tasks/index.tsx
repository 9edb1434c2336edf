import {
  AutocompleteInput,
  BooleanInput,
  Create,
  DateInput,
  Edit,
  FormDataConsumer,
  List,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useGetIdentity,
} from 'react-admin';
import { DateField } from '../common/fields';
import { choices, TASK_STATUSES } from '../common/choices';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';
import type { Task } from '../api/types';

const statusChoices = choices('tasks', 'status', TASK_STATUSES);

/** Defaults to "mine, open, by due date"; overdue rows stand out. */
const TaskList = () => {
  const { identity } = useGetIdentity();
  if (!identity) return null;
  return (
    <List
      actions={<ListActions />}
      sort={{ field: 'dueDate', order: 'ASC' }}
      filterDefaultValues={{ assigneeId: identity.id, status: 'open' }}
      filters={[
        <TextInput key="q" source="q" alwaysOn />,
        <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
        <ReferenceInput key="assigneeId" source="assigneeId" reference="users" alwaysOn>
          <AutocompleteInput optionText="fullName" />
        </ReferenceInput>,
        <BooleanInput key="overdue" source="overdue" />,
      ]}
    >
      <ResponsiveDatagrid
        configurable
        rowClick="edit"
        bulkActionButtons={false}
        rowSx={(r: Task) => (r.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.08)' } : {})}
      >
        <DateField source="dueDate" />
        <TextField source="title" />
        <ReferenceField source="householdId" reference="households" link="show" emptyText="—" />
        <ReferenceField source="assigneeId" reference="users" link={false} />
        <SelectField source="status" choices={statusChoices} />
      </ResponsiveDatagrid>
    </List>
  );
};

const TaskInputs = () => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <DateInput source="dueDate" validate={required()} />
    <ReferenceInput source="assigneeId" reference="users">
      <AutocompleteInput optionText="fullName" />
    </ReferenceInput>
    <ReferenceInput source="householdId" reference="households">
      <AutocompleteInput optionText="reference" filterToQuery={(q) => ({ q })} />
    </ReferenceInput>
    <SelectInput source="status" choices={statusChoices} defaultValue="open" />
    {/* Only a done task has a done date (today or earlier); the server dates it today when left empty. */}
    <FormDataConsumer>
      {({ formData }) => (formData.status === 'done' ? <DateInput source="doneOn" /> : null)}
    </FormDataConsumer>
    <TextInput source="notes" multiline fullWidth />
  </>
);

const TaskCreate = () => (
  <Create redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <TaskInputs />
    </SimpleForm>
  </Create>
);

const TaskEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <TaskInputs />
    </SimpleForm>
  </Edit>
);

export default { list: TaskList, create: TaskCreate, edit: TaskEdit };
