import { useState } from 'react';
import { useNotify, useRedirect, useTranslate } from 'react-admin';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import type { ErasureReason } from '../api/types';
import { erasureReasonValues } from '../api/schema';
import { useApiMutation } from '../common/useApi';

/** Reasons a person picks from; the retention job's own reason is not theirs to choose. */
const REASONS = erasureReasonValues.filter((r) => r !== 'retention_period');

interface EraseDialogProps {
  open: boolean;
  onClose: () => void;
  /** What the person must type to confirm: the first name, or the household's reference. */
  expected: string;
  kind: 'person' | 'household';
  id: string;
  /** Where to go once erased (the record is gone). */
  redirectTo: string;
}

/** Erasing for good: a reason from the list and the name typed again. */
export const EraseDialog = ({ open, onClose, expected, kind, id, redirectTo }: EraseDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [reason, setReason] = useState<ErasureReason>('data_subject_request');
  const [confirmation, setConfirmation] = useState('');
  const onSuccess = () => {
    notify('app.personData.erased', { type: 'info' });
    onClose();
    redirect(redirectTo);
  };
  const onError = (error: Error) => notify(error.message, { type: 'error' });
  const person = useApiMutation('erasePerson', { onSuccess, onError });
  const household = useApiMutation('eraseHousehold', { onSuccess, onError });
  const pending = person.isPending || household.isPending;
  const erase = () =>
    kind === 'person'
      ? person.mutate({ personId: id, reason, confirmation })
      : household.mutate({ householdId: id, reason, confirmation });
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>
        {translate(kind === 'person' ? 'app.personData.erasePersonTitle' : 'app.personData.eraseHouseholdTitle')}
      </DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2 }}>
        <Alert severity="warning">{translate('app.personData.eraseWarning')}</Alert>
        <TextField
          select
          label={translate('app.personData.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value as ErasureReason)}
          slotProps={{ htmlInput: { 'data-testid': 'erasure-reason' } }}
        >
          {REASONS.map((r) => (
            <MenuItem key={r} value={r}>
              {translate(`app.personData.reasons.${r}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={translate('app.personData.typeToConfirm', { expected })}
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
          autoComplete="off"
          slotProps={{ htmlInput: { 'data-testid': 'erasure-confirmation' } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button
          color="error"
          variant="contained"
          disabled={pending || confirmation.trim() !== expected.trim()}
          onClick={erase}
        >
          {translate('app.personData.erase')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
