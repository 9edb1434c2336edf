import {
  BooleanField,
  BooleanInput,
  Create,
  Edit,
  EmailField,
  List,
  PasswordInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  email,
  minLength,
  required,
} from 'react-admin';
import { choices, ROLES } from '../common/choices';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

const roleChoices = choices('users', 'role', ROLES);

const UserList = () => (
  <List
    actions={<ListActions />}
    filters={[
      <SearchInput key="q" source="q" alwaysOn />,
      <SelectInput key="role" source="role" choices={roleChoices} />,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="edit" bulkActionButtons={false}>
      <TextField source="fullName" />
      <EmailField source="email" />
      <SelectField source="role" choices={roleChoices} />
      <BooleanField source="active" />
    </ResponsiveDatagrid>
  </List>
);

const UserInputs = ({ isNew }: { isNew: boolean }) => (
  <>
    <TextInput source="fullName" validate={required()} />
    <TextInput source="email" type="email" validate={[required(), email()]} />
    <SelectInput source="role" choices={roleChoices} validate={required()} />
    <BooleanInput source="active" defaultValue={true} />
    <PasswordInput
      source="password"
      validate={isNew ? [required(), minLength(10)] : [minLength(10)]}
      helperText="app.password.hint"
    />
  </>
);

const UserCreate = () => (
  <Create redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <UserInputs isNew />
    </SimpleForm>
  </Create>
);

const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <UserInputs isNew={false} />
    </SimpleForm>
  </Edit>
);

export default { list: UserList, create: UserCreate, edit: UserEdit };
