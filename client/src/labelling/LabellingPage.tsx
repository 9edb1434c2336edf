import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  Box,
  Card,
  CardContent,
  Chip,
  List,
  ListItemButton,
  ListItemText,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useLabels } from '../labels/useLabels';
import { formatDateTime } from '../common/dates';
import { formatNumber } from '../common/formats';
import type { ContactLog, HelpdeskQuestion } from '../api/types';

type Source = 'contact-logs' | 'helpdesk-questions';
type Item = ContactLog | HelpdeskQuestion;

/**
 * The researcher's screen: the unlabelled queue, oldest first, labelled with
 * the keyboard only. Type to find a label (its path or name in any language, or its
 * definition; see labelSearch.ts), Enter applies the first; Enter on an empty box moves to the next item.
 */
export const LabellingPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const { search, pathOf, definitionOf } = useLabels();
  const [source, setSource] = useState<Source>('contact-logs');
  const [queue, setQueue] = useState<Item[] | null>(null);
  const [index, setIndex] = useState(0);
  const [query, setQuery] = useState('');
  const [highlight, setHighlight] = useState(0);
  const input = useRef<HTMLInputElement>(null);

  // The queue is taken once per source: labelled items stay reachable with Alt+←.
  useEffect(() => {
    let cancelled = false;
    dataProvider
      .getList<Item>(source, {
        filter: { unlabelled: true },
        sort: { field: source === 'contact-logs' ? 'occurredAt' : 'receivedAt', order: 'ASC' },
        pagination: { page: 1, perPage: 200 },
      })
      .then(({ data }) => !cancelled && setQueue(data))
      .catch((error: Error) => notify(error.message, { type: 'error' }));
    return () => {
      cancelled = true;
    };
  }, [source, dataProvider, notify]);

  useEffect(() => input.current?.focus(), [index, queue]);

  // A new source starts a new queue from its first item.
  const chooseSource = (next: Source) => {
    setSource(next);
    setQueue(null);
    setIndex(0);
  };

  const item = queue?.[index];
  const suggestions = search(query).slice(0, 8);

  const saveLabels = async (labelIds: string[]) => {
    if (!item) return;
    try {
      const { data } = await dataProvider.update<Item>(source, {
        id: item.id,
        data: { labelIds, version: item.version },
        previousData: item,
      });
      setQueue((q) => q && q.map((x) => (x.id === item.id ? data : x)));
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  const move = (step: number) => {
    if (!queue) return;
    setIndex((i) => Math.max(0, Math.min(queue.length, i + step)));
    setQuery('');
    setHighlight(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey && event.key === 'ArrowRight') return (event.preventDefault(), move(1));
    if (event.altKey && event.key === 'ArrowLeft') return (event.preventDefault(), move(-1));
    if (event.key === 'ArrowDown')
      return (event.preventDefault(), setHighlight((h) => Math.min(h + 1, Math.max(suggestions.length - 1, 0))));
    if (event.key === 'ArrowUp') return (event.preventDefault(), setHighlight((h) => Math.max(h - 1, 0)));
    if (event.key === 'Backspace' && query === '' && item?.labelIds?.length) {
      event.preventDefault();
      void saveLabels(item.labelIds.slice(0, -1));
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      if (query.trim() === '') return move(1);
      const chosen = suggestions[highlight];
      if (chosen && item) {
        void saveLabels([...new Set([...(item.labelIds ?? []), chosen.id])]);
        setQuery('');
        setHighlight(0);
      }
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 900 }}>
      <Title title="app.labelling.title" />
      <ToggleButtonGroup
        exclusive
        size="small"
        value={source}
        onChange={(_, value: Source | null) => value && chooseSource(value)}
        sx={{ mb: 2 }}
      >
        <ToggleButton value="contact-logs">{translate('app.labelling.logs')}</ToggleButton>
        <ToggleButton value="helpdesk-questions">{translate('app.labelling.questions')}</ToggleButton>
      </ToggleButtonGroup>
      {queue && index >= queue.length && (
        <Typography data-testid="labelling-done">{translate('app.labelling.done')}</Typography>
      )}
      {item && (
        <Card data-testid="labelling-item">
          <CardContent>
            <Typography variant="caption" color="text.secondary" data-testid="labelling-position">
              {translate('app.labelling.position', { n: index + 1, total: queue.length })} ·{' '}
              {formatDateTime('occurredAt' in item ? item.occurredAt : item.receivedAt)} ·{' '}
              {formatNumber(item.minutes ?? 0)} {translate('resources.contact-logs.fields.minutes').toLocaleLowerCase()}
            </Typography>
            <Typography variant="h6" sx={{ my: 1, whiteSpace: 'pre-wrap' }} data-testid="labelling-text">
              {'note' in item ? item.note : item.question}
            </Typography>
            <Box
              sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', minHeight: 32, mb: 1 }}
              data-testid="labelling-applied"
            >
              {(item.labelIds ?? []).map((id: string) => (
                <Chip key={id} label={pathOf(id)} color="primary" size="small" />
              ))}
            </Box>
            <TextField
              inputRef={input}
              fullWidth
              autoFocus
              autoComplete="off"
              label={translate('app.labelling.search')}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setHighlight(0);
              }}
              onKeyDown={onKeyDown}
              slotProps={{ htmlInput: { 'data-testid': 'labelling-input' } }}
            />
            <List dense>
              {suggestions.map((label, i) => (
                <ListItemButton key={label.id} selected={i === highlight} tabIndex={-1}>
                  <ListItemText primary={pathOf(label.id)} secondary={definitionOf(label).slice(0, 120)} />
                </ListItemButton>
              ))}
            </List>
            <Typography variant="caption" color="text.secondary">
              {translate('app.labelling.hint')}
            </Typography>
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
