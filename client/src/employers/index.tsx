import {
  Create,
  Edit,
  EmailField,
  List,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  TabbedShowLayout,
  TextField,
  TextInput,
  email,
  required,
  useTranslate,
  TabbedShowLayoutTabs,
} from 'react-admin';
import { EmployerSubsidyPanel } from '../placements/WorkPermit';
import { DateField, NumberField } from '../common/fields';
import { choices, EMPLOYER_STATUSES, OUTCOMES, PLACEMENT_STATUSES, PLACEMENT_TYPES } from '../common/choices';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

const statusChoices = choices('employers', 'status', EMPLOYER_STATUSES);

const EmployerList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'name', order: 'ASC' }}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
      <TextInput key="sector" source="sector" />,
      <TextInput key="city" source="city" />,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="show" bulkActionButtons={false}>
      <TextField source="name" />
      <TextField source="sector" />
      <TextField source="city" />
      <SelectField source="status" choices={statusChoices} />
      <NumberField source="placementsCount" sortable={false} />
      <NumberField source="conversationsCount" sortable={false} />
    </ResponsiveDatagrid>
  </List>
);

// The resource names carry a plural form ("a |||| b"), which only resolves with a smart_count.
const EmployerShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <TabbedShowLayout
        tabs={<TabbedShowLayoutTabs variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile />}
      >
        <TabbedShowLayout.Tab label={translate('resources.employers.name', { smart_count: 1 })}>
          <TextField source="name" />
          <TextField source="sector" emptyText="—" />
          <TextField source="city" emptyText="—" />
          <SelectField source="status" choices={statusChoices} />
          <TextField source="contactName" emptyText="—" />
          <EmailField source="contactEmail" emptyText="—" />
          <TextField source="contactPhone" emptyText="—" />
          <TextField source="notes" emptyText="—" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('resources.placements.name', { smart_count: 2 })}>
          <ReferenceManyField reference="placements" target="employerId" sort={{ field: 'startDate', order: 'DESC' }}>
            <ResponsiveDatagrid rowClick="show" bulkActionButtons={false}>
              <ReferenceField source="personId" reference="persons" link={false} />
              <SelectField source="type" choices={choices('placements', 'type', PLACEMENT_TYPES)} />
              <DateField source="startDate" />
              <SelectField source="status" choices={choices('placements', 'status', PLACEMENT_STATUSES)} />
            </ResponsiveDatagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('app.placementRules.subsidy.title')} path="subsidy">
          <EmployerSubsidyPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={translate('resources.network-conversations.name', { smart_count: 2 })}>
          <ReferenceManyField
            reference="network-conversations"
            target="employerId"
            sort={{ field: 'date', order: 'DESC' }}
          >
            <ResponsiveDatagrid bulkActionButtons={false}>
              <DateField source="date" />
              <ReferenceField source="personId" reference="persons" link="show" />
              <TextField source="sector" />
              <SelectField source="outcome" choices={choices('network-conversations', 'outcome', OUTCOMES)} />
            </ResponsiveDatagrid>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};

const EmployerInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="sector" />
    <TextInput source="city" />
    <SelectInput source="status" choices={statusChoices} defaultValue="contacted" />
    <TextInput source="contactName" />
    <TextInput source="contactEmail" validate={email()} />
    <TextInput source="contactPhone" />
    <TextInput source="notes" multiline fullWidth />
  </>
);

const EmployerCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <EmployerInputs />
    </SimpleForm>
  </Create>
);

const EmployerEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <EmployerInputs />
    </SimpleForm>
  </Edit>
);

export default { list: EmployerList, show: EmployerShow, create: EmployerCreate, edit: EmployerEdit };
