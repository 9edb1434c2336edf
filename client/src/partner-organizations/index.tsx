import {
  AutocompleteArrayInput,
  Create,
  Edit,
  FunctionField,
  List,
  SimpleForm,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { useDomains } from '../integration-domains/useDomains';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

// Each column's element names its field, for the header and the column chooser.
const Domains = (_props: { source: 'domainKeys'; sortable: false }) => {
  const { nameOf } = useDomains();
  return (
    <FunctionField
      source="domainKeys"
      render={(r: { domainKeys?: string[] }) => (r.domainKeys ?? []).map(nameOf).join(', ')}
    />
  );
};

const PartnerList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'name', order: 'ASC' }}
    filters={[<TextInput key="q" source="q" alwaysOn />]}
  >
    <ResponsiveDatagrid configurable rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" />
      <TextField source="kind" />
      <Domains source="domainKeys" sortable={false} />
      <TextField source="contact" />
    </ResponsiveDatagrid>
  </List>
);

const PartnerInputs = () => {
  const { choices } = useDomains();
  return (
    <>
      <TextInput source="name" validate={required()} />
      <TextInput source="kind" />
      <TextInput source="contact" multiline />
      <AutocompleteArrayInput source="domainKeys" choices={choices} />
    </>
  );
};

const PartnerCreate = () => (
  <Create redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <PartnerInputs />
    </SimpleForm>
  </Create>
);

const PartnerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <PartnerInputs />
    </SimpleForm>
  </Edit>
);

export default { list: PartnerList, create: PartnerCreate, edit: PartnerEdit };
