import { useState } from 'react';
import { Button, CanAccess, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { API_QUERY_KEY, useApi, useApiMutation } from '../common/useApi';

const day = (value: string, locale: string) => new Date(`${value}T00:00:00`).toLocaleDateString(locale);

/** The retention period, the households past it, and erasing them in one confirmed action. */
export const RetentionPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const { data: settings } = useApi('getRetentionSettings');
  const { data: due = [] } = useApi('getRetentionDue');
  const [months, setMonths] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const onError = (error: Error) => notify(error.message, { type: 'error' });
  const refresh = () => queryClient.invalidateQueries({ queryKey: API_QUERY_KEY });
  const save = useApiMutation('saveRetentionSettings', {
    onSuccess: () => {
      notify('app.retention.saved', { type: 'info' });
      setMonths(null);
      void refresh();
    },
    onError,
  });
  const erase = useApiMutation('eraseDue', {
    onSuccess: ({ erased }) => {
      notify('app.retention.erasedCount', { type: 'info', messageArgs: { smart_count: erased } });
      setConfirming(false);
      setConfirmation('');
      void refresh();
    },
    onError,
  });
  const expected = String(due.length);
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2 }}>
      <Title title="app.retention.title" />
      <Card>
        <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <TextField
            type="number"
            size="small"
            label={translate('app.retention.months')}
            value={months ?? String(settings?.retentionMonths ?? '')}
            onChange={(e) => setMonths(e.target.value)}
            sx={{ width: 320 }}
          />
          <CanAccess resource="retention" action="settings">
            <Button
              label="app.retention.save"
              disabled={months === null || save.isPending}
              onClick={() => save.mutate({ retentionMonths: Number(months) })}
            />
          </CanAccess>
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography variant="h6">{translate('app.retention.due')}</Typography>
        </CardContent>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.households.fields.reference')}</TableCell>
              <TableCell>{translate('resources.households.fields.municipality')}</TableCell>
              <TableCell>{translate('app.retention.closedOn')}</TableCell>
              <TableCell>{translate('app.retention.dueOn')}</TableCell>
              <TableCell>{translate('app.retention.members')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {due.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>{translate('app.retention.noneDue')}</TableCell>
              </TableRow>
            )}
            {due.map((h) => (
              <TableRow key={h.id}>
                <TableCell>{h.reference}</TableCell>
                <TableCell>{h.municipality}</TableCell>
                <TableCell>{day(h.closedOn, locale)}</TableCell>
                <TableCell>{day(h.dueOn, locale)}</TableCell>
                <TableCell>{h.members}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {due.length > 0 && (
          <CardContent>
            <CanAccess resource="retention" action="erase">
              <Button label="app.retention.eraseDue" color="error" onClick={() => setConfirming(true)} />
            </CanAccess>
          </CardContent>
        )}
      </Card>
      <Dialog open={confirming} onClose={() => setConfirming(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('app.retention.eraseDueTitle', { smart_count: due.length })}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <Alert severity="warning">{translate('app.personData.eraseWarning')}</Alert>
          <TextField
            label={translate('app.personData.typeToConfirm', { expected })}
            value={confirmation}
            onChange={(e) => setConfirmation(e.target.value)}
            autoComplete="off"
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setConfirming(false)} />
          <Button
            label="app.personData.erase"
            color="error"
            variant="contained"
            disabled={erase.isPending || confirmation.trim() !== expected}
            onClick={() => erase.mutate({ householdIds: due.map((h) => h.id), confirmation })}
          />
        </DialogActions>
      </Dialog>
    </Box>
  );
};
