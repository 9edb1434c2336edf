import { Tooltip } from '@mui/material';
import { Link } from 'react-router-dom';
import { ReferenceField, useGetMany, useTranslate } from 'react-admin';
import { formatDay } from '../common/dates';
import type { AuditEvent, Consent, Referral } from '../api/types';

/** Where a record of each audited resource is opened; resources without a page link to the person or page they belong to. */
const PAGES: Record<string, 'show' | 'edit'> = {
  households: 'show',
  persons: 'show',
  obstacles: 'show',
  breakthroughs: 'show',
  placements: 'show',
  employers: 'show',
  'perspective-plans': 'edit',
  'contact-logs': 'edit',
  labels: 'edit',
  'helpdesk-questions': 'edit',
  'network-conversations': 'edit',
  tasks: 'edit',
  'partner-organizations': 'edit',
  users: 'edit',
};

/** The name of a resource, also for the two the menu does not list. */
export function useResourceName() {
  const translate = useTranslate();
  return (resource: string, count = 1) =>
    translate(`resources.${resource}.name`, {
      smart_count: count,
      _: translate(`app.reading.audit.resources.${resource}`, { _: resource }),
    });
}

/** The field names an event touched, as the forms label them. */
export function useFieldNames() {
  const translate = useTranslate();
  return (resource: string, fields: string[] | undefined) =>
    (fields ?? [])
      .map((field) =>
        translate(`resources.${resource}.fields.${field}`, {
          _: translate(`app.reading.audit.fields.${field}`, { _: field }),
        }),
      )
      .join(', ');
}

/** Consents and referrals have no page of their own: they open on their person's page. */
const PersonBound = ({ event }: { event: AuditEvent }) => {
  const translate = useTranslate();
  const { data = [], isPending } = useGetMany<Consent | Referral>(event.resource, { ids: [event.recordId] });
  const record = data[0];
  if (isPending) return null;
  if (!record) return <>{translate('app.reading.audit.deletedRecord')}</>;
  const text =
    'purpose' in record
      ? `${translate(`resources.consents.purpose.${record.purpose}`)} · ${formatDay(record.givenOn)}`
      : `${record.reason ?? translate(`resources.referrals.status.${record.status}`)} · ${formatDay(record.date)}`;
  return <Link to={`/persons/${record.personId}/show`}>{text}</Link>;
};

/**
 * The record an audit event is about, by name and linked to its page, instead of its UUID. A record
 * deleted since is named as such; the id stays searchable through the record filter.
 */
export const AuditRecord = ({ event }: { event: AuditEvent }) => {
  const translate = useTranslate();
  if (!event.recordId) return <>—</>;
  if (event.resource === 'consents' || event.resource === 'referrals') return <PersonBound event={event} />;
  if (event.resource === 'coding-samples') return <Link to="/coding">{translate('app.coding.title')}</Link>;
  const page = PAGES[event.resource];
  if (!page) return <>{translate(`app.reading.audit.resources.${event.resource}`, { _: '—' })}</>;
  return (
    <ReferenceField
      record={event}
      source="recordId"
      reference={event.resource}
      link={page}
      emptyText={translate('app.reading.audit.deletedRecord')}
    />
  );
};

/** The request an event came with, shortened: the full id is in the tooltip, for finding it in the server log. */
export const RequestId = ({ id }: { id?: string | null }) => {
  const translate = useTranslate();
  if (!id) return <>—</>;
  return (
    <Tooltip title={translate('app.reading.audit.request', { id })}>
      <span>{id.slice(0, 8)}</span>
    </Tooltip>
  );
};
