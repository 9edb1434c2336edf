import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { Button, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import LocalOfferIcon from '@mui/icons-material/LocalOffer';
import { API_URL, httpClient } from '../providers/dataProvider';
import { useLabels } from '../labels/useLabels';

/** Adds one label to every selected log (their minutes are re-split equally). */
export const BulkLabelButton = () => {
  const { selectedIds, resource } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const { labels, pathOf } = useLabels();
  const [open, setOpen] = useState(false);
  const [labelId, setLabelId] = useState('');
  const apply = async () => {
    try {
      await httpClient(`${API_URL}/contact-logs/bulk-labels`, { method: 'POST', body: JSON.stringify({ ids: selectedIds, addLabelIds: [labelId] }) });
      notify('ra.notification.updated', { messageArgs: { smart_count: selectedIds.length } });
      unselectAll();
      refresh();
      setOpen(false);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <>
      <Button label="resources.contact-logs.fields.labelIds" onClick={() => setOpen(true)}>
        <LocalOfferIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate('resources.contact-logs.fields.labelIds')}</DialogTitle>
        <DialogContent>
          <TextField select fullWidth value={labelId} onChange={(e) => setLabelId(e.target.value)} sx={{ mt: 1 }}>
            {labels.map((l) => (
              <MenuItem key={l.id} value={l.id}>
                {pathOf(l.id)}
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" variant="contained" disabled={!labelId} onClick={apply} />
        </DialogActions>
      </Dialog>
    </>
  );
};
