import { useState } from 'react';
import { Autocomplete, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { Button, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import LocalOfferIcon from '@mui/icons-material/LocalOffer';
import { useApiMutation } from '../common/useApi';
import { useLabels } from './useLabels';
import type { ContactLog, HelpdeskQuestion } from '../api/types';

/**
 * Adds and removes labels on every selected record of any labelled list
 * (`POST /api/<resource>/bulk-labels`). A record whose labels change is
 * re-split equally; one whose labels stay keeps its split.
 */
export const BulkLabelButton = () => {
  const { selectedIds, resource } = useListContext<ContactLog | HelpdeskQuestion>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const { labels, pathOf } = useLabels();
  const { labels: everyLabel } = useLabels({ includeArchived: true });
  const [open, setOpen] = useState(false);
  const [add, setAdd] = useState<string[]>([]);
  const [remove, setRemove] = useState<string[]>([]);
  const close = () => {
    setOpen(false);
    setAdd([]);
    setRemove([]);
  };
  const { mutate: bulkLabel } = useApiMutation('bulkLabel', {
    onSuccess: () => {
      notify('ra.notification.updated', { messageArgs: { smart_count: selectedIds.length } });
      unselectAll();
      refresh();
      close();
    },
    onError: (error) => {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      notify(Object.values(body?.errors ?? {})[0] ?? error.message, { type: 'error' });
    },
  });
  const apply = () => bulkLabel({ resource, ids: selectedIds, addLabelIds: add, removeLabelIds: remove });
  const picker = (
    testId: string,
    label: string,
    options: string[],
    value: string[],
    onChange: (ids: string[]) => void,
  ) => (
    <Autocomplete
      multiple
      data-testid={testId}
      options={options}
      value={value}
      getOptionLabel={pathOf}
      onChange={(_e, ids) => onChange(ids)}
      renderInput={(params) => <TextField {...params} label={label} />}
      sx={{ mt: 2 }}
    />
  );
  return (
    <>
      <Button label="resources.contact-logs.fields.labelIds" onClick={() => setOpen(true)}>
        <LocalOfferIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth>
        <DialogTitle>{translate('resources.contact-logs.fields.labelIds')}</DialogTitle>
        <DialogContent>
          {picker(
            'bulk-add',
            translate('app.bulkLabels.add'),
            labels.map((l) => l.id).filter((id) => !remove.includes(id)),
            add,
            setAdd,
          )}
          {picker(
            'bulk-remove',
            translate('app.bulkLabels.remove'),
            everyLabel.map((l) => l.id).filter((id) => !add.includes(id)),
            remove,
            setRemove,
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={close} />
          <Button
            label="ra.action.confirm"
            variant="contained"
            disabled={add.length === 0 && remove.length === 0}
            onClick={apply}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
