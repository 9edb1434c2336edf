import { Create, Edit, SimpleForm } from 'react-admin';
import { PersonInputs } from './PersonInputs';

export const PersonCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <PersonInputs />
    </SimpleForm>
  </Create>
);

export const PersonEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <PersonInputs />
    </SimpleForm>
  </Edit>
);
