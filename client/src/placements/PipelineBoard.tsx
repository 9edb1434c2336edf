import { useState, type DragEvent } from 'react';
import { Alert, Box, Card, CardContent, MenuItem, Paper, TextField, Typography } from '@mui/material';
import { ReferenceField, RecordContextProvider, Title, useGetList, useNotify, useTranslate, useUpdate, type RaRecord } from 'react-admin';
import { useAllows } from '../common/useAllows';
import { Link } from 'react-router-dom';
import { choices, PLACEMENT_STATUSES, PLACEMENT_TYPES } from '../common/choices';
import { useApi } from '../common/useApi';
import { UserFilter } from '../reports/ReportFilters';

/** The most one request may return; beyond it the board says how many it leaves out. */
const BOARD_LIMIT = 1000;

/**
 * Placements by status; drag a card to another column (or use its menu) to
 * move it. The server dates the change and keeps the history.
 */
export const PipelineBoard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [filter, setFilter] = useState({ matcherId: '', sector: '', type: '' });
  const [dragged, setDragged] = useState<RaRecord | null>(null);
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
  const { data = [], total = 0, refetch } = useGetList('placements', {
    filter: clean,
    pagination: { page: 1, perPage: BOARD_LIMIT },
    sort: { field: 'startDate', order: 'DESC' },
  });
  // Sector is free text and its filter matches it exactly: offer the sectors in use.
  const { data: sectors = [] } = useApi<string[]>('/placements/sectors');
  const [update] = useUpdate();
  // Only those who may change placements move the cards.
  const mayMove = useAllows('placements', 'edit');

  const move = async (placement: RaRecord, status: string) => {
    if (placement.status === status) return;
    try {
      await update('placements', { id: placement.id, data: { status, version: placement.version }, previousData: placement }, { mutationMode: 'pessimistic', returnPromise: true });
      await refetch();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  const drop = (status: string) => (event: DragEvent) => {
    event.preventDefault();
    if (dragged) void move(dragged, status);
    setDragged(null);
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.pipeline.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <UserFilter label={translate('resources.placements.fields.matcherId')} value={filter.matcherId} onChange={(v) => setFilter({ ...filter, matcherId: v })} />
          <TextField select size="small" sx={{ width: 200 }} label={translate('resources.placements.fields.sector')} value={filter.sector} onChange={(e) => setFilter({ ...filter, sector: e.target.value })}>
            <MenuItem value="">—</MenuItem>
            {sectors.map((sector) => (
              <MenuItem key={sector} value={sector}>
                {sector}
              </MenuItem>
            ))}
          </TextField>
          <TextField select size="small" sx={{ width: 200 }} label={translate('resources.placements.fields.type')} value={filter.type} onChange={(e) => setFilter({ ...filter, type: e.target.value })}>
            <MenuItem value="">—</MenuItem>
            {choices('placements', 'type', PLACEMENT_TYPES).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {translate(c.name)}
              </MenuItem>
            ))}
          </TextField>
        </CardContent>
      </Card>
      {total > data.length && (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="board-truncated">
          {translate('app.pipeline.truncated', { shown: data.length, total })}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' }, gap: 2 }}>
        {PLACEMENT_STATUSES.map((status) => {
          const cards = data.filter((p) => p.status === status);
          return (
            <Paper
              key={status}
              data-testid={`column-${status}`}
              onDragOver={(e) => e.preventDefault()}
              onDrop={mayMove ? drop(status) : undefined}
              sx={{ p: 1, minHeight: 300, maxHeight: '75vh', overflowY: 'auto', bgcolor: 'action.hover' }}
            >
              <Typography variant="subtitle1" sx={{ mb: 1 }}>
                {translate(`resources.placements.status.${status}`)} ({cards.length})
              </Typography>
              {cards.length === 0 && <Typography variant="body2">{translate('app.pipeline.empty')}</Typography>}
              {cards.map((placement) => (
                <RecordContextProvider key={placement.id} value={placement}>
                  <Card
                    draggable={mayMove}
                    data-testid="placement-card"
                    onDragStart={() => setDragged(placement)}
                    sx={{ mb: 1, cursor: mayMove ? 'grab' : 'default' }}
                  >
                    <CardContent sx={{ p: 1, '&:last-child': { pb: 1 } }}>
                      <Typography variant="body2" component={Link} to={`/placements/${placement.id}`}>
                        <ReferenceField source="personId" reference="persons" link={false} />
                      </Typography>
                      <Typography variant="caption" sx={{ display: "block" }}>
                        {translate(`resources.placements.type.${placement.type}`)}
                        {placement.jobTitle ? ` · ${placement.jobTitle}` : ''}
                      </Typography>
                      {placement.employerId && <ReferenceField source="employerId" reference="employers" link={false} />}
                      <TextField
                        select
                        size="small"
                        variant="standard"
                        fullWidth
                        label={translate('app.pipeline.moveTo')}
                        value=""
                        onChange={(e) => void move(placement, e.target.value)}
                        sx={{ mt: 0.5 }}
                      >
                        {PLACEMENT_STATUSES.filter((s) => s !== status).map((s) => (
                          <MenuItem key={s} value={s}>
                            {translate(`resources.placements.status.${s}`)}
                          </MenuItem>
                        ))}
                      </TextField>
                    </CardContent>
                  </Card>
                </RecordContextProvider>
              ))}
            </Paper>
          );
        })}
      </Box>
    </Box>
  );
};
