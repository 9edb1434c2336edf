import {
  Create,
  Edit,
  List,
  ReferenceField,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
} from 'react-admin';
import { DateField } from '../common/fields';
import { choices, OUTCOMES } from '../common/choices';
import { ConversationInputs } from './ConversationInputs';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

const outcomeChoices = choices('network-conversations', 'outcome', OUTCOMES);

const ConversationList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'date', order: 'DESC' }}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <SelectInput key="outcome" source="outcome" choices={outcomeChoices} />,
      <TextInput key="sector" source="sector" />,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="edit" bulkActionButtons={false}>
      <DateField source="date" />
      <ReferenceField source="personId" reference="persons" link="show" />
      <ReferenceField source="employerId" reference="employers" link="show" emptyText="—" />
      <TextField source="contact" emptyText="—" />
      <TextField source="sector" />
      <SelectField source="outcome" choices={outcomeChoices} />
    </ResponsiveDatagrid>
  </List>
);

const ConversationCreate = () => (
  <Create redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <ConversationInputs />
    </SimpleForm>
  </Create>
);

const ConversationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <ConversationInputs showPerson={false} />
    </SimpleForm>
  </Edit>
);

export default { list: ConversationList, create: ConversationCreate, edit: ConversationEdit };
