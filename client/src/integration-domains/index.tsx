import { FunctionField, List, SelectField, TextField, useLocaleState } from 'react-admin';
import { inLanguage } from './useDomains';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';

const GROUPS = ['markers_and_means', 'social_connections', 'facilitators', 'foundation'];
const groupChoices = GROUPS.map((id) => ({ id, name: `resources.integration-domains.group.${id}` }));

interface Domain {
  name: Record<string, string>;
  description: Record<string, string>;
}

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
  <List pagination={false} perPage={100} sort={{ field: 'order', order: 'ASC' }} exporter={false}>
    <ResponsiveDatagrid bulkActionButtons={false} rowClick={false}>
      <TextField source="order" />
      <DomainName />
      <SelectField source="group" choices={groupChoices} />
      <DomainDescription />
    </ResponsiveDatagrid>
  </List>
);

export default { list: IntegrationDomainList };
