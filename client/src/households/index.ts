import { HouseholdList } from './HouseholdList';
import { HouseholdShow } from './HouseholdShow';
import { HouseholdCreate, HouseholdEdit } from './HouseholdForms';

export default {
  list: HouseholdList,
  show: HouseholdShow,
  create: HouseholdCreate,
  edit: HouseholdEdit,
};
