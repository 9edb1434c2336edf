import { Create, Edit, SimpleForm } from 'react-admin';
import { HouseholdInputs } from './HouseholdInputs';

export const HouseholdCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <HouseholdInputs />
    </SimpleForm>
  </Create>
);

/** Pessimistic: a stale version (409) must show, not be undone silently. */
export const HouseholdEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <HouseholdInputs />
    </SimpleForm>
  </Edit>
);
