import { useEffect, useState } from 'react';
import {
  Dialog,
  IconButton,
  DialogContent,
  InputAdornment,
  List,
  ListItemButton,
  ListItemText,
  ListSubheader,
  TextField,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import CloseIcon from '@mui/icons-material/Close';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useTranslate } from 'react-admin';
import { apiQueryKey, useApiProvider } from '../common/useApi';
import type { SearchResult } from '../api/types';
import { enumLabel } from '../i18n/enumTranslations';
import { useRecordLink } from './recordLink';

/** Characters the server needs before it searches. */
const MIN_LENGTH = 3;
/** The server's limit on a query. */
const MAX_LENGTH = 100;

/** Waits until typing pauses, so a word typed is one request, not one per letter. */
function useSettled(value: string, ms = 250): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The search dialog: results grouped by kind, each a link to its record. */
export const SearchDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const provider = useApiProvider();
  const navigate = useNavigate();
  const link = useRecordLink();
  const fullScreen = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const [text, setText] = useState('');
  const q = useSettled(text.trim());
  const ready = q.length >= MIN_LENGTH;
  const { data, isError, isFetching } = useQuery({
    queryKey: apiQueryKey('search', { q }),
    queryFn: async () => (await provider.search({ q })).data,
    enabled: ready,
    staleTime: 30_000,
  });
  const groups = ready ? (data?.groups ?? []) : [];
  const open = (result: SearchResult) => {
    onClose();
    navigate(link(result.kind, result.id));
  };
  const first = groups[0]?.results[0];

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
      aria-label={translate('app.search.open')}
    >
      <DialogContent sx={{ p: 0 }}>
        <TextField
          autoFocus
          fullWidth
          value={text}
          onChange={(event) => setText(event.target.value.slice(0, MAX_LENGTH))}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && first) open(first);
          }}
          placeholder={translate('app.search.placeholder')}
          slotProps={{
            htmlInput: { 'aria-label': translate('app.search.open'), maxLength: MAX_LENGTH },
            input: {
              startAdornment: (
                <InputAdornment position="start">
                  <SearchIcon />
                </InputAdornment>
              ),
              // On a phone the dialog fills the screen: this is the way back.
              endAdornment: (
                <InputAdornment position="end">
                  <IconButton edge="end" aria-label={translate('ra.action.close')} onClick={onClose}>
                    <CloseIcon />
                  </IconButton>
                </InputAdornment>
              ),
            },
          }}
          sx={{ p: 2 }}
        />
        {!ready && (
          <Typography color="text.secondary" sx={{ px: 3, pb: 2 }}>
            {translate('app.search.hint')}
          </Typography>
        )}
        {ready && isError && (
          <Typography color="error" sx={{ px: 3, pb: 2 }}>
            {translate('app.search.failed')}
          </Typography>
        )}
        {ready && !isError && !isFetching && data && groups.length === 0 && (
          <Typography color="text.secondary" sx={{ px: 3, pb: 2 }}>
            {translate('app.search.none')}
          </Typography>
        )}
        {groups.length > 0 && (
          <List dense aria-label={translate('app.search.open')} sx={{ pt: 0 }}>
            {groups.map((group) => (
              <li key={group.kind}>
                <ul style={{ padding: 0 }}>
                  <ListSubheader>{translate(enumLabel('SearchKind', group.kind))}</ListSubheader>
                  {group.results.map((result) => (
                    <ListItemButton
                      key={result.id}
                      component="a"
                      href={`#${link(result.kind, result.id)}`}
                      onClick={(event: React.MouseEvent) => {
                        event.preventDefault();
                        open(result);
                      }}
                    >
                      <ListItemText
                        primary={result.title}
                        secondary={result.subtitle ?? undefined}
                        slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                      />
                    </ListItemButton>
                  ))}
                </ul>
              </li>
            ))}
          </List>
        )}
      </DialogContent>
    </Dialog>
  );
};
