import {
  ChipField,
  Create,
  DateInput,
  Edit,
  FormDataConsumer,
  List,
  ReferenceArrayField,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { DateField, NumberField } from '../common/fields';
import { useDomains } from '../integration-domains/useDomains';
import { BreakthroughInputs } from './BreakthroughInputs';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';
import type { Breakthrough } from '../api/types';

const DomainFilter = (props: { source: string }) => {
  const { choices: domainChoices } = useDomains();
  return <SelectInput {...props} choices={domainChoices} />;
};

const BreakthroughList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'date', order: 'DESC' }}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <DateInput key="date_gte" source="date_gte" />,
      <DateInput key="date_lte" source="date_lte" />,
      <DomainFilter key="domainKey" source="domainKey" />,
      <ReferenceInput key="householdId" source="householdId" reference="households">
        <AutocompleteInput optionText="reference" filterToQuery={(q) => ({ q })} />
      </ReferenceInput>,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="show" bulkActionButtons={false}>
      <DateField source="date" />
      <TextField source="title" />
      <ReferenceField source="householdId" reference="households" link="show" />
      <TextField source="partner" />
      <NumberField source="costEur" options={{ style: 'currency', currency: 'EUR' }} />
    </ResponsiveDatagrid>
  </List>
);

const BreakthroughShow = () => (
  <Show>
    <SimpleShowLayout>
      <DateField source="date" />
      <TextField source="title" />
      <ReferenceField source="householdId" reference="households" link="show" />
      <TextField source="partner" emptyText="—" />
      <ReferenceField source="partnerOrganizationId" reference="partner-organizations" link={false} emptyText="—" />
      <NumberField source="costEur" options={{ style: 'currency', currency: 'EUR' }} emptyText="—" />
      <ReferenceArrayField source="obstacleIds" reference="obstacles">
        <SingleFieldList linkType="show">
          <ChipField source="title" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <TextField source="description" emptyText="—" />
      <TextField source="outcome" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

const EditInputs = () => {
  const record = useRecordContext<Breakthrough>();
  return <BreakthroughInputs householdId={record?.householdId} isNew={false} />;
};

const BreakthroughEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <EditInputs />
    </SimpleForm>
  </Edit>
);

/** The obstacles to pick come from the household chosen above. */
const CreateInputs = () => (
  <FormDataConsumer<{ householdId?: string }>>
    {({ formData }) => <BreakthroughInputs householdId={formData.householdId} isNew />}
  </FormDataConsumer>
);

const BreakthroughCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <ReferenceInput source="householdId" reference="households">
        <AutocompleteInput optionText="reference" filterToQuery={(q) => ({ q })} />
      </ReferenceInput>
      <CreateInputs />
    </SimpleForm>
  </Create>
);

export default { list: BreakthroughList, show: BreakthroughShow, edit: BreakthroughEdit, create: BreakthroughCreate };
