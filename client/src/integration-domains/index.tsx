import { FunctionField, List, SelectField, TextField, useLocaleState } from 'react-admin';
import { inLanguage } from './useDomains';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';
import { choices, DOMAIN_GROUPS } from '../common/choices';
import type { IntegrationDomain } from '../api/types';

const groupChoices = choices('integration-domains', 'group', DOMAIN_GROUPS);

type Domain = Pick<IntegrationDomain, 'name' | 'description'>;

/** A domain's name in the UI language, from the reference data (the element names its field for the column chooser). */
export const DomainName = (_props: { source: 'name'; sortable: false }) => {
  const [locale] = useLocaleState();
  return <FunctionField source="name" render={(d: Domain) => inLanguage(d.name, locale)} />;
};

/** What a domain covers, in the UI language. */
const DomainDescription = (_props: { source: 'description'; sortable: false }) => {
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
      <DomainName source="name" sortable={false} />
      <SelectField source="group" choices={groupChoices} />
      <DomainDescription source="description" sortable={false} />
    </ResponsiveDatagrid>
  </List>
);

export default { list: IntegrationDomainList };
