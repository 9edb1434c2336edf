import {
  AutocompleteInput,
  DateInput,
  FunctionField,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/fields';
import { AUDIT_ACTIONS, choices } from '../common/choices';
import { AuditRecord, RequestId, useFieldNames, useResourceName } from './AuditRecord';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';
import type { AuditEvent } from '../api/types';

/** The resources whose changes (and, for persons and households, reads) are audited. */
const AUDITED = [
  'households',
  'persons',
  'perspective-plans',
  'plan-reviews',
  'obstacles',
  'breakthroughs',
  'contact-logs',
  'labels',
  'helpdesk-questions',
  'placements',
  'employers',
  'network-conversations',
  'tasks',
  'referrals',
  'consents',
  'partner-organizations',
  'users',
  'coding-samples',
] as const;

const actionChoices = choices('audit-events', 'action', AUDIT_ACTIONS);

const ResourceFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const resourceName = useResourceName();
  const resourceChoices = AUDITED.map((id) => ({ id, name: resourceName(id, 2) }));
  return <SelectInput {...props} choices={resourceChoices} translateChoice={false} />;
};

/** Searches the request id, resource and action (the trail holds field names only, never values). */
const AuditSearch = (props: { source: string; alwaysOn?: boolean }) => {
  const translate = useTranslate();
  return <SearchInput {...props} placeholder={translate('app.audit.search')} />;
};

const filters = [
  <AuditSearch key="q" source="q" alwaysOn />,
  <ReferenceInput key="userId" source="userId" reference="users" alwaysOn>
    <AutocompleteInput optionText="fullName" filterToQuery={(q) => ({ q })} />
  </ReferenceInput>,
  <ResourceFilter key="resource" source="resource" alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} />,
  <TextInput key="recordId" source="recordId" />,
  <DateInput key="at_gte" source="at_gte" label="app.audit.from" alwaysOn />,
  <DateInput key="at_lte" source="at_lte" label="app.audit.until" alwaysOn />,
];

/**
 * Who did what to which record, for admins and coordinators. Read-only: the
 * trail cannot be changed, so there is no create, edit or delete here.
 */
const AuditEventList = () => (
  <List actions={<ListActions />} filters={filters} sort={{ field: 'at', order: 'DESC' }} exporter={false} perPage={50}>
    <ResponsiveDatagrid configurable bulkActionButtons={false} rowClick={false}>
      <DateField source="at" showTime />
      <ReferenceField source="userId" reference="users" link={false} emptyText="—" />
      <SelectField source="action" choices={actionChoices} />
      <FunctionField source="resource" render={(e: AuditEvent) => <ResourceName name={e.resource} />} />
      <FunctionField source="recordId" sortable={false} render={(e: AuditEvent) => <AuditRecord event={e} />} />
      <FunctionField source="fields" sortable={false} render={(e: AuditEvent) => <FieldNames event={e} />} />
      <FunctionField source="requestId" sortable={false} render={(e: AuditEvent) => <RequestId id={e.requestId} />} />
    </ResponsiveDatagrid>
  </List>
);

const ResourceName = ({ name }: { name: string }) => <>{useResourceName()(name)}</>;

const FieldNames = ({ event }: { event: AuditEvent }) => <>{useFieldNames()(event.resource, event.fields)}</>;

export default { list: AuditEventList };
