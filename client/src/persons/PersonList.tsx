import { List, ReferenceInput, AutocompleteInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { HouseholdReference } from './HouseholdReference';
import { NumberField } from '../common/fields';
import { choices, EDUCATION_LEVELS, HOUSEHOLD_ROLES } from '../common/choices';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="householdId" source="householdId" reference="households">
    <AutocompleteInput optionText="reference" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <SelectInput
    key="householdRole"
    source="householdRole"
    choices={choices('persons', 'householdRole', HOUSEHOLD_ROLES)}
  />,
  <SelectInput
    key="educationLevel"
    source="educationLevel"
    choices={choices('persons', 'educationLevel', EDUCATION_LEVELS)}
  />,
];

export const PersonList = () => (
  <List filters={filters} sort={{ field: 'firstName', order: 'ASC' }}>
    <ResponsiveDatagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="firstName" />
      <HouseholdReference source="householdId" />
      <NumberField source="birthYear" options={{ useGrouping: false }} />
      <SelectField source="householdRole" choices={choices('persons', 'householdRole', HOUSEHOLD_ROLES)} />
      <SelectField source="educationLevel" choices={choices('persons', 'educationLevel', EDUCATION_LEVELS)} />
      <TextField source="profession" />
    </ResponsiveDatagrid>
  </List>
);
