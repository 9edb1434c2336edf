import { StartBlockerChip } from './WorkPermit';
import { useState, type DragEvent } from 'react';
import {
  Alert,
  Box,
  Button as MuiButton,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Paper,
  Snackbar,
  TextField,
  Typography,
} from '@mui/material';
import {
  ReferenceField,
  RecordContextProvider,
  Title,
  useGetList,
  useNotify,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { useAllows } from '../common/useAllows';
import { Link } from 'react-router-dom';
import { choices, PLACEMENT_STATUSES, PLACEMENT_TYPES } from '../common/choices';
import { useApi } from '../common/useApi';
import { UserFilter } from '../reports/ReportFilters';
import { canMove, END_REASONS, moveNeeds, suggestedDate, TRANSITIONS, undoData } from './transitions';
import type { Placement } from '../api/types';

/** The most one request may return; beyond it the board says how many it leaves out. */
const BOARD_LIMIT = 1000;

/**
 * Placements by status; drag a card to another column (or use its menu) to
 * move it. Only the allowed moves are offered (./transitions.ts); a move that
 * needs a date, or a reason for an end, asks for it first; the move just made
 * can be undone. The server dates the change and keeps the history.
 */
export const PipelineBoard = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [filter, setFilter] = useState({ matcherId: '', sector: '', type: '' });
  const [dragged, setDragged] = useState<Placement | null>(null);
  const [asking, setAsking] = useState<{ placement: Placement; to: string } | null>(null);
  const [lastMove, setLastMove] = useState<{ before: Placement; after: Placement } | null>(null);
  const clean = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));
  const {
    data = [],
    total = 0,
    refetch,
  } = useGetList<Placement>('placements', {
    filter: clean,
    pagination: { page: 1, perPage: BOARD_LIMIT },
    sort: { field: 'startDate', order: 'DESC' },
  });
  // Sector is free text and its filter matches it exactly: offer the sectors in use.
  const { data: sectors = [] } = useApi('getPlacementSectors');
  const [update] = useUpdate();
  const statusName = (status: string) => translate(`resources.placements.status.${status}`);
  // Only those who may change placements move the cards.
  const mayMove = useAllows('placements', 'edit');

  const save = async (placement: Placement, data: Record<string, unknown>) => {
    const after = (await update(
      'placements',
      { id: placement.id, data: { ...data, version: placement.version }, previousData: placement },
      { mutationMode: 'pessimistic', returnPromise: true },
    )) as Placement;
    await refetch();
    return after;
  };

  /** A move the table does not allow is refused here, visibly, before it reaches the server. */
  const requestMove = (placement: Placement, to: string) => {
    if (placement.status === to) return;
    if (!canMove(placement.status, to)) {
      notify('app.guards.moveRefused', {
        type: 'warning',
        messageArgs: { from: statusName(placement.status), to: statusName(to) },
      });
      return;
    }
    setAsking({ placement, to });
  };

  const undo = async () => {
    if (!lastMove) return;
    const { before, after } = lastMove;
    setLastMove(null);
    try {
      await update(
        'placements',
        { id: after.id, data: undoData(before, after), previousData: after },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
      await refetch();
      notify('app.guards.undone', { type: 'info', messageArgs: { status: statusName(String(before.status)) } });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  const drop = (status: string) => (event: DragEvent) => {
    event.preventDefault();
    if (dragged) requestMove(dragged, status);
    setDragged(null);
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="app.pipeline.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
          <UserFilter
            label={translate('resources.placements.fields.matcherId')}
            value={filter.matcherId}
            onChange={(v) => setFilter({ ...filter, matcherId: v })}
          />
          <TextField
            select
            size="small"
            sx={{ width: 200 }}
            label={translate('resources.placements.fields.sector')}
            value={filter.sector}
            onChange={(e) => setFilter({ ...filter, sector: e.target.value })}
          >
            <MenuItem value="">—</MenuItem>
            {sectors.map((sector) => (
              <MenuItem key={sector} value={sector}>
                {sector}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            size="small"
            sx={{ width: 200 }}
            label={translate('resources.placements.fields.type')}
            value={filter.type}
            onChange={(e) => setFilter({ ...filter, type: e.target.value })}
          >
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
          // While a card is dragged, the columns it may not go to are dimmed and say so.
          const refused = Boolean(dragged && dragged.status !== status && !canMove(dragged.status, status));
          return (
            <Paper
              key={status}
              data-testid={`column-${status}`}
              data-refused={refused || undefined}
              onDragOver={(e) => e.preventDefault()}
              onDrop={mayMove ? drop(status) : undefined}
              sx={{
                p: 1,
                minHeight: 300,
                maxHeight: '75vh',
                overflowY: 'auto',
                bgcolor: 'action.hover',
                opacity: refused ? 0.45 : 1,
                outline: refused ? '2px dashed' : 'none',
                outlineColor: 'error.main',
              }}
            >
              <Typography variant="subtitle1" sx={{ mb: 1 }}>
                {translate(`resources.placements.status.${status}`)} ({cards.length})
              </Typography>
              {refused && (
                <Typography variant="caption" color="error" sx={{ display: 'block', mb: 1 }}>
                  {translate('app.guards.notFrom', { from: statusName(dragged!.status) })}
                </Typography>
              )}
              {cards.length === 0 && <Typography variant="body2">{translate('app.pipeline.empty')}</Typography>}
              {cards.map((placement) => (
                <RecordContextProvider key={placement.id} value={placement}>
                  <Card
                    draggable={mayMove}
                    data-testid="placement-card"
                    onDragStart={() => setDragged(placement)}
                    onDragEnd={() => setDragged(null)}
                    sx={{ mb: 1, cursor: mayMove ? 'grab' : 'default' }}
                  >
                    <CardContent sx={{ p: 1, '&:last-child': { pb: 1 } }}>
                      <Typography variant="body2" component={Link} to={`/placements/${placement.id}`}>
                        <ReferenceField source="personId" reference="persons" link={false} />
                      </Typography>
                      <Typography variant="caption" sx={{ display: 'block' }}>
                        {translate(`resources.placements.type.${placement.type}`)}
                        {placement.jobTitle ? ` · ${placement.jobTitle}` : ''}
                      </Typography>
                      {placement.employerId && (
                        <ReferenceField source="employerId" reference="employers" link={false} />
                      )}
                      <StartBlockerChip placement={placement} />
                      {(TRANSITIONS[placement.status] ?? []).length > 0 && (
                        <TextField
                          select
                          size="small"
                          variant="standard"
                          fullWidth
                          label={translate('app.pipeline.moveTo')}
                          value=""
                          onChange={(e) => requestMove(placement, e.target.value)}
                          sx={{ mt: 0.5 }}
                        >
                          {(TRANSITIONS[placement.status] ?? []).map((s) => (
                            <MenuItem key={s} value={s}>
                              {statusName(s)}
                            </MenuItem>
                          ))}
                        </TextField>
                      )}
                    </CardContent>
                  </Card>
                </RecordContextProvider>
              ))}
            </Paper>
          );
        })}
      </Box>
      {asking && (
        <MoveDialog
          placement={asking.placement}
          to={asking.to}
          onCancel={() => setAsking(null)}
          onMove={async (values) => {
            const after = await save(asking.placement, { status: asking.to, ...values });
            setAsking(null);
            setLastMove({ before: asking.placement, after });
          }}
        />
      )}
      <Snackbar
        open={Boolean(lastMove)}
        autoHideDuration={10_000}
        onClose={(_event, reason) => reason !== 'clickaway' && setLastMove(null)}
        message={
          lastMove
            ? translate('app.guards.moved', {
                from: statusName(String(lastMove.before.status)),
                to: statusName(String(lastMove.after.status)),
              })
            : ''
        }
        action={
          <MuiButton color="secondary" size="small" onClick={() => void undo()} data-testid="undo-move">
            {translate('app.guards.undo')}
          </MuiButton>
        }
        data-testid="move-snackbar"
      />
    </Box>
  );
};

/** Asks what a move needs: the start or end date (or the day of an extension), and why it ended. */
const MoveDialog = ({
  placement,
  to,
  onCancel,
  onMove,
}: {
  placement: Placement;
  to: string;
  onCancel: () => void;
  onMove: (values: Record<string, unknown>) => Promise<void>;
}) => {
  const translate = useTranslate();
  const needs = moveNeeds(to);
  const [date, setDate] = useState(suggestedDate(placement, to));
  const [reason, setReason] = useState('');
  const [newEndDate, setNewEndDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const fieldLabel = (field: string) =>
    translate(`resources.placements.fields.${field}`, { _: translate(`app.guards.fields.${field}`) });

  const submit = async () => {
    const missing: Record<string, string> = {};
    if (!date) missing[needs.dateField] = translate('ra.validation.required');
    if (needs.reason && !reason) missing.endReason = translate('ra.validation.required');
    if (Object.keys(missing).length) return setErrors(missing);
    const values: Record<string, unknown> = { [needs.dateField]: date };
    if (needs.reason) values.endReason = reason;
    if (needs.newEndDate && newEndDate) values.endDate = newEndDate;
    setSaving(true);
    try {
      await onMove(values);
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      setErrors(body?.errors ?? { status: (error as Error).message });
    } finally {
      setSaving(false);
    }
  };

  const dateLabel =
    needs.dateField === 'statusChangedOn' ? translate('app.guards.extendedOn') : fieldLabel(needs.dateField);
  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="xs" data-testid="move-dialog">
      <DialogTitle>
        {translate('app.guards.moveTitle', {
          from: translate(`resources.placements.status.${placement.status}`),
          to: translate(`resources.placements.status.${to}`),
        })}
      </DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        {errors.status && <Alert severity="error">{errors.status}</Alert>}
        <TextField
          type="date"
          name={needs.dateField}
          label={dateLabel}
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={Boolean(errors[needs.dateField])}
          helperText={errors[needs.dateField]}
          slotProps={{ inputLabel: { shrink: true } }}
          required
        />
        {needs.newEndDate && (
          <TextField
            type="date"
            name="endDate"
            label={translate('app.guards.newEndDate')}
            value={newEndDate}
            onChange={(e) => setNewEndDate(e.target.value)}
            error={Boolean(errors.endDate)}
            helperText={errors.endDate}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        )}
        {needs.reason && (
          <TextField
            select
            name="endReason"
            label={translate('app.guards.fields.endReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={Boolean(errors.endReason)}
            helperText={errors.endReason}
            required
          >
            {END_REASONS.map((r) => (
              <MenuItem key={r} value={r}>
                {translate(`app.guards.endReasons.${r}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onCancel}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" onClick={() => void submit()} disabled={saving} data-testid="confirm-move">
          {translate('app.guards.confirmMove')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
