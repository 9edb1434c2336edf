import { List, ReferenceInput, AutocompleteInput, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { HouseholdReference } from './HouseholdReference';
import { DateField, NumberField } from '../common/fields';
import { choices, EDUCATION_LEVELS, GENDERS, HOUSEHOLD_ROLES } from '../common/choices';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { enumLabel } from '../i18n/enumTranslations';
import { ListActions } from '../layout/ListColumns';

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

const GENDER_CHOICES = GENDERS.map((id) => ({ id, name: enumLabel('Gender', id) }));

/** Offered in the column chooser, not shown until chosen. */
const HIDDEN_COLUMNS = ['gender', 'arrivedOn', 'matchingSince'];

export const PersonList = () => (
  <List filters={filters} sort={{ field: 'firstName', order: 'ASC' }} actions={<ListActions />}>
    <ResponsiveDatagrid configurable omit={HIDDEN_COLUMNS} rowClick="show" bulkActionButtons={false}>
      <TextField source="firstName" />
      <HouseholdReference source="householdId" />
      <NumberField source="birthYear" options={{ useGrouping: false }} />
      <SelectField source="householdRole" choices={choices('persons', 'householdRole', HOUSEHOLD_ROLES)} />
      <SelectField source="educationLevel" choices={choices('persons', 'educationLevel', EDUCATION_LEVELS)} />
      <TextField source="profession" />
      <SelectField source="gender" choices={GENDER_CHOICES} />
      <DateField source="arrivedOn" />
      <DateField source="matchingSince" />
    </ResponsiveDatagrid>
  </List>
);
