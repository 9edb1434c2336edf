import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Divider,
  FormControlLabel,
  ListItemIcon,
  ListItemText,
  Menu,
  MenuItem,
  TextField,
} from '@mui/material';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import BookmarkBorderIcon from '@mui/icons-material/BookmarkBorder';
import BookmarkIcon from '@mui/icons-material/Bookmark';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAdd';
import BookmarkRemoveIcon from '@mui/icons-material/BookmarkRemove';
import { Button, useCreate, useDelete, useGetIdentity, useGetList, useNotify, useTranslate } from 'react-admin';
import { sameQuery } from '../layout/listColumns';
import type { SavedView } from '../saved-views/serverSavedQueries';

/** A saved report filter as the report's URL holds it: text values only (the URL's own). */
export function viewSearch(filter: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      params.set(key, String(value));
  }
  return params;
}

/**
 * A report's saved views (`saved-views` with resource `reports/<report>`, the report's name in the permission
 * table): save the filters in the URL under a name, for oneself or the organisation, and pick one again, which
 * puts its filters back in the URL (where the report reads them, so a picked view is a link like any other).
 */
export const ReportViews = ({ report }: { report: string }) => {
  const resource = `reports/${report}`;
  const translate = useTranslate();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const [searchParams, setSearchParams] = useSearchParams();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const { data: views = [], refetch } = useGetList<SavedView>('saved-views', {
    filter: { resource },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'name', order: 'ASC' },
  });
  const [create, { isPending: creating }] = useCreate<SavedView>();
  const [remove] = useDelete<SavedView>();

  const filter = Object.fromEntries(searchParams.entries());
  const current = views.find((view) => sameQuery(Object.fromEntries(viewSearch(view.filter).entries()), filter));
  const failed = (error: unknown) => notify((error as Error).message, { type: 'error' });

  const pick = (view: SavedView) => {
    setAnchor(null);
    setSearchParams(viewSearch(view.filter));
  };
  const save = () =>
    void create(
      'saved-views',
      { data: { resource, name: name.trim(), shared, filter } },
      {
        onSuccess: () => {
          notify('app.savedViews.saved', { type: 'success' });
          setSaving(false);
          setName('');
          setShared(false);
          void refetch();
        },
        onError: failed,
      },
    );
  const removeCurrent = (view: SavedView) => {
    setAnchor(null);
    void remove(
      'saved-views',
      { id: view.id, previousData: view },
      { mutationMode: 'pessimistic', onSuccess: () => void refetch(), onError: failed },
    );
  };

  return (
    <>
      <Button
        label="app.savedViews.pick"
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="true"
        data-testid="report-views"
      >
        <BookmarksIcon />
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {views.length === 0 && (
          <MenuItem disabled>
            <ListItemText>{translate('app.savedViews.none')}</ListItemText>
          </MenuItem>
        )}
        {views.map((view) => (
          <MenuItem key={view.id} selected={view === current} onClick={() => pick(view)}>
            <ListItemIcon>
              {view === current ? <BookmarkIcon fontSize="small" /> : <BookmarkBorderIcon fontSize="small" />}
            </ListItemIcon>
            <ListItemText
              secondary={view.shared ? translate('app.savedViews.sharedLabel') : translate('app.savedViews.mine')}
            >
              {view.name}
            </ListItemText>
          </MenuItem>
        ))}
        <Divider />
        {!current && (
          <MenuItem
            onClick={() => {
              setAnchor(null);
              setSaving(true);
            }}
          >
            <ListItemIcon>
              <BookmarkAddIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{translate('app.savedViews.save')}</ListItemText>
          </MenuItem>
        )}
        {current && current.ownerId === identity?.id && (
          <MenuItem onClick={() => removeCurrent(current)}>
            <ListItemIcon>
              <BookmarkRemoveIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{translate('app.savedViews.removeNamed', { name: current.name })}</ListItemText>
          </MenuItem>
        )}
      </Menu>
      <Dialog open={saving} onClose={() => setSaving(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('app.savedViews.saveTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={translate('app.savedViews.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
          <FormControlLabel
            control={<Checkbox checked={shared} onChange={(e) => setShared(e.target.checked)} />}
            label={translate('app.savedViews.shared')}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setSaving(false)} />
          <Button label="ra.action.save" variant="contained" disabled={!name.trim() || creating} onClick={save} />
        </DialogActions>
      </Dialog>
    </>
  );
};
