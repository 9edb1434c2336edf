import { ReferenceField } from 'react-admin';
import { useAllows } from '../common/useAllows';

/** The person's household, linked, for those who may see households (a matcher works with the person only). */
export const HouseholdReference = (_props: { source: 'householdId'; label?: string }) =>
  useAllows('households', 'show') ? <ReferenceField source="householdId" reference="households" link="show" /> : null;
