import { FunctionField, List, SelectField, TextField, useLocaleState } from 'react-admin';
import { inLanguage } from './useDomains';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';
import { choices, DOMAIN_GROUPS } from '../common/choices';
import type { IntegrationDomain } from '../api/types';

const groupChoices = choices('integration-domains', 'group', DOMAIN_GROUPS);

type Domain = Pick<IntegrationDomain, 'name' | 'description'>;

/** A domain's name in the UI language, from the reference data. */
export const DomainName = () => {
  const [locale] = useLocaleState();
  return <FunctionField source="name" render={(d: Domain) => inLanguage(d.name, locale)} />;
};

/** What a domain covers, in the UI language. */
const DomainDescription = () => {
  const [locale] = useLocaleState();
  return <FunctionField source="description" render={(d: Domain) => inLanguage(d.description, locale)} />;
};

const IntegrationDomainList = () => (
  <List
    actions={<ListActions />}
    pagination={false}
    perPage={100}
    sort={{ field: 'order', order: 'ASC' }}
    exporter={false}
  >
    <ResponsiveDatagrid configurable bulkActionButtons={false} rowClick={false}>
      <TextField source="order" />
      <DomainName />
      <SelectField source="group" choices={groupChoices} />
      <DomainDescription />
    </ResponsiveDatagrid>
  </List>
);

export default { list: IntegrationDomainList };
