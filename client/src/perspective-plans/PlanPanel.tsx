import { useState } from 'react';
import { Box, Card, CardContent, Chip, Divider, List, ListItemButton, ListItemText, TextField as MuiTextField, Typography } from '@mui/material';
import RateReviewIcon from '@mui/icons-material/RateReview';
import {
  Button,
  CreateButton,
  EditButton,
  useNotify,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDomains } from '../integration-domains/useDomains';
import { diffSnapshots, isEmptyDiff, type Snapshot } from './reviewDiff';
import { httpClient, API_URL } from '../providers/dataProvider';

interface Review {
  id: string;
  reviewedOn: string;
  note: string | null;
  snapshot: Snapshot;
}

/** The person's active plan: their perspective on top, goals, reviews and what changed. */
export const PlanPanel = ({ plan, obstacles }: { plan?: RaRecord; obstacles: RaRecord[] }) => {
  const person = useRecordContext();
  const translate = useTranslate();
  const { nameOf } = useDomains();

  if (!person) return null;
  if (!plan) {
    return (
      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6">{translate('app.plan.title')}</Typography>
          <Typography variant="body2" sx={{ my: 1 }}>
            {translate('app.plan.none')}
          </Typography>
          <CreateButton resource="perspective-plans" label="app.plan.create" state={{ record: { personId: person.id, status: 'active' } }} />
        </CardContent>
      </Card>
    );
  }
  const current: Snapshot = {
    perspective: plan.perspective,
    goals: plan.goals ?? {},
    status: plan.status,
    obstacles: obstacles.filter((o) => o.planId === plan.id).map((o) => ({ id: String(o.id), title: o.title, domainKey: o.domainKey, status: o.status })),
  };
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('app.plan.title')}</Typography>
          <EditButton resource="perspective-plans" record={plan} />
        </Box>
        <Typography data-testid="plan-perspective" variant="h5" sx={{ fontStyle: 'italic', my: 1 }}>
          “{plan.perspective || '…'}”
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          {Object.entries(plan.goals ?? {}).map(([domainKey, goal]) => (
            <Chip key={domainKey} label={`${nameOf(domainKey)}: ${goal}`} size="small" />
          ))}
        </Box>
        <Divider sx={{ my: 2 }} />
        <Reviews planId={String(plan.id)} current={current} />
      </CardContent>
    </Card>
  );
};

const Reviews = ({ planId, current }: { planId: string; current: Snapshot }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const key = ['plan-reviews', planId];
  const { data: reviews = [] } = useQuery({
    queryKey: key,
    queryFn: async () => (await httpClient(`${API_URL}/perspective-plans/${planId}/reviews`)).json as Review[],
  });

  const review = async () => {
    try {
      await httpClient(`${API_URL}/perspective-plans/${planId}/reviews`, { method: 'POST', body: JSON.stringify({ note: note || undefined }) });
      setNote('');
      notify('app.plan.reviewed', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: key });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };

  const chosen = reviews.find((r) => r.id === selected) ?? reviews[0];
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <MuiTextField size="small" label={translate('app.plan.reviewNote')} value={note} onChange={(e) => setNote(e.target.value)} sx={{ flex: 1 }} />
        <Button label="app.plan.review" onClick={review} variant="contained">
          <RateReviewIcon />
        </Button>
      </Box>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('app.plan.reviews')}
      </Typography>
      {reviews.length === 0 ? (
        <Typography variant="body2">{translate('app.plan.noReviews')}</Typography>
      ) : (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '220px 1fr' }, gap: 2 }}>
          <List dense data-testid="plan-reviews">
            {reviews.map((r) => (
              <ListItemButton key={r.id} selected={r.id === chosen?.id} onClick={() => setSelected(r.id)}>
                <ListItemText primary={r.reviewedOn} secondary={r.note} />
              </ListItemButton>
            ))}
          </List>
          {chosen && <DiffView before={chosen.snapshot} after={current} since={chosen.reviewedOn} />}
        </Box>
      )}
    </Box>
  );
};

/** What changed since a review: then and now, side by side. */
const DiffView = ({ before, after, since }: { before: Snapshot; after: Snapshot; since: string }) => {
  const translate = useTranslate();
  const { nameOf } = useDomains();
  const diff = diffSnapshots(before, after);
  const status = (s?: string) => (s ? translate(`resources.obstacles.status.${s}`) : '—');
  return (
    <Box data-testid="plan-diff">
      <Typography variant="subtitle2">
        {translate('app.plan.compare')} {translate('app.plan.since', { date: since })}
      </Typography>
      {isEmptyDiff(diff) && <Typography variant="body2">{translate('app.plan.unchanged')}</Typography>}
      {diff.perspective && (
        <Box sx={{ my: 1 }}>
          <Typography variant="body2" sx={{ textDecoration: 'line-through', color: 'text.secondary' }}>
            {diff.perspective.before}
          </Typography>
          <Typography variant="body2">{diff.perspective.after}</Typography>
        </Box>
      )}
      {diff.goals.map((g) => (
        <Typography key={g.domainKey} variant="body2">
          {nameOf(g.domainKey)}: <s>{g.before ?? '—'}</s> → {g.after ?? '—'}
        </Typography>
      ))}
      {diff.obstacles.map((o) => (
        <Typography key={o.id} variant="body2">
          {o.title}: {o.before ? status(o.before) : translate('app.plan.newObstacle')} →{' '}
          {o.after ? status(o.after) : translate('app.plan.goneObstacle')}
        </Typography>
      ))}
    </Box>
  );
};
