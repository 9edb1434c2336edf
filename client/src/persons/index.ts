import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';
import { PersonCreate, PersonEdit } from './PersonForms';

export default {
  list: PersonList,
  show: PersonShow,
  create: PersonCreate,
  edit: PersonEdit,
};
