import { useState } from 'react';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import CampaignIcon from '@mui/icons-material/Campaign';
import { Button, useCreate, useGetList, useNotify, useRedirect, useTranslate } from 'react-admin';
import { policyThemeValues } from '../api/schema';
import type { PolicySignal, PolicyTheme } from '../api/types';
import { useApiMutation } from '../common/useApi';

/**
 * From the systemic-obstacles report: the chosen rows' obstacles become a new
 * policy signal, or are added to an existing one, in one step. Then the
 * signal opens, to say with whom it is raised.
 */
export const MakeSignalButton = ({ obstacleIds, rows }: { obstacleIds: string[]; rows: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<'new' | 'existing'>('new');
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState<PolicyTheme>('work');
  const [signalId, setSignalId] = useState('');
  const signals = useGetList<PolicySignal>(
    'policy-signals',
    { pagination: { page: 1, perPage: 200 }, sort: { field: 'updatedAt', order: 'DESC' } },
    { enabled: open },
  );
  const [create, { isPending: creating }] = useCreate<PolicySignal>();
  const done = (id: string) => {
    notify('app.groupWork.saved', { type: 'success' });
    setOpen(false);
    redirect('edit', 'policy-signals', id);
  };
  const failed = (error: Error) => notify(error.message, { type: 'error' });
  const extend = useApiMutation('addSignalObstacles', { onSuccess: (s) => done(String(s.id)), onError: failed });
  const save = () => {
    if (mode === 'existing') return extend.mutate({ signalId, obstacleIds });
    void create(
      'policy-signals',
      { data: { title, theme, obstacleIds } },
      { onSuccess: (s) => done(String(s.id)), onError: (e) => failed(e as Error) },
    );
  };
  const ready = mode === 'new' ? title.trim() !== '' : signalId !== '';
  return (
    <>
      <Button
        label="app.groupWork.makeSignal"
        disabled={obstacleIds.length === 0}
        onClick={() => setOpen(true)}
        data-testid="make-signal"
      >
        <CampaignIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.groupWork.makeSignal')}</DialogTitle>
        <DialogContent>
          <p>{translate('app.groupWork.selected', { smart_count: rows })}</p>
          <RadioGroup value={mode} onChange={(e) => setMode(e.target.value as 'new' | 'existing')}>
            <FormControlLabel value="new" control={<Radio />} label={translate('app.groupWork.newSignal')} />
            <FormControlLabel
              value="existing"
              control={<Radio />}
              label={translate('app.groupWork.existingSignal')}
              disabled={(signals.data ?? []).length === 0}
            />
          </RadioGroup>
          {mode === 'new' ? (
            <>
              <TextField
                label={translate('resources.policy-signals.fields.title')}
                value={title}
                onChange={(e) => setTitle(e.target.value)}
                fullWidth
                margin="dense"
                slotProps={{ htmlInput: { 'data-testid': 'signal-title' } }}
              />
              <TextField
                select
                label={translate('resources.policy-signals.fields.theme')}
                value={theme}
                onChange={(e) => setTheme(e.target.value as PolicyTheme)}
                fullWidth
                margin="dense"
              >
                {policyThemeValues.map((value) => (
                  <MenuItem key={value} value={value}>
                    {translate(`resources.policy-signals.theme.${value}`)}
                  </MenuItem>
                ))}
              </TextField>
            </>
          ) : (
            <TextField
              select
              label={translate('app.groupWork.signal')}
              value={signalId}
              onChange={(e) => setSignalId(e.target.value)}
              fullWidth
              margin="dense"
            >
              {(signals.data ?? []).map((s) => (
                <MenuItem key={s.id} value={String(s.id)}>
                  {s.title}
                </MenuItem>
              ))}
            </TextField>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button
            label="app.groupWork.save"
            variant="contained"
            disabled={!ready || creating || extend.isPending}
            onClick={save}
            data-testid="save-signal"
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
