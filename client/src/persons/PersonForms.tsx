import { Create, Edit, SimpleForm } from 'react-admin';
import { PersonInputs } from './PersonInputs';

export const PersonCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <PersonInputs />
    </SimpleForm>
  </Create>
);

export const PersonEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <PersonInputs />
    </SimpleForm>
  </Edit>
);
