import { Card, CardContent, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useGetList, useGetMany, useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import { useAllows } from '../common/useAllows';
import { formatDateTime } from '../common/dates';
import { useFieldNames } from './AuditRecord';
import type { AuditEvent, User } from '../api/types';

/** Who saw and changed this record, for those the permission table lets read the audit trail. */
export const AccessHistoryPanel = ({ record }: { record: RaRecord }) => {
  const translate = useTranslate();
  const allowed = useAllows('audit-events', 'list');
  const fieldNames = useFieldNames();
  const resource = useResourceContext();
  const { data: events = [] } = useGetList<AuditEvent>(
    'audit-events',
    { filter: { recordId: record.id }, pagination: { page: 1, perPage: 50 }, sort: { field: 'at', order: 'DESC' } },
    { enabled: allowed },
  );
  const { data: users = [] } = useGetMany<User>(
    'users',
    { ids: [...new Set(events.map((e) => e.userId).filter((id): id is string => !!id))] },
    { enabled: events.length > 0 },
  );
  if (!allowed) return null;
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="access-history">
      <CardContent>
        <Typography variant="h6">{translate('app.access.title')}</Typography>
        {events.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.access.empty')}
          </Typography>
        )}
        <Table size="small">
          <TableBody>
            {events.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{formatDateTime(e.at)}</TableCell>
                <TableCell>{users.find((u) => u.id === e.userId)?.fullName ?? '—'}</TableCell>
                <TableCell>{translate(`resources.audit-events.action.${e.action}`)}</TableCell>
                <TableCell>{fieldNames(e.resource ?? resource ?? '', e.fields)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};
