import { useState } from 'react';
import {
  Box,
  Card,
  CardContent,
  Chip,
  Divider,
  List,
  ListItemButton,
  ListItemText,
  MenuItem,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { Button, CreateButton, EditButton, useNotify, useRecordContext, useTranslate, CanAccess } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';
import { useDomains } from '../integration-domains/useDomains';
import { diffSnapshots, isEmptyDiff, NOW, pickComparison, type Comparison, type Snapshot } from './reviewDiff';
import { apiQueryKey, useApi, useApiMutation } from '../common/useApi';
import { formatDay } from '../common/dates';
import type { Obstacle, Person, PerspectivePlan } from '../api/types';

/** The person's active plan: their perspective on top, goals, reviews and what changed. */
export const PlanPanel = ({ plan, obstacles }: { plan?: PerspectivePlan; obstacles: Obstacle[] }) => {
  const person = useRecordContext<Person>();
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
          <CreateButton
            resource="perspective-plans"
            label="app.plan.create"
            state={{ record: { personId: person.id, status: 'active' } }}
          />
        </CardContent>
      </Card>
    );
  }
  const current: Snapshot = {
    perspective: plan.perspective,
    goals: plan.goals ?? {},
    status: plan.status,
    obstacles: obstacles
      .filter((o) => o.planId === plan.id)
      .map((o) => ({ id: String(o.id), title: o.title, domainKey: o.domainKey, status: o.status })),
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
        <CanAccess resource="perspective-plans" action="review">
          <Reviews planId={String(plan.id)} current={current} />
        </CanAccess>
      </CardContent>
    </Card>
  );
};

const Reviews = ({ planId, current }: { planId: string; current: Snapshot }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [fromId, setFromId] = useState<string | undefined>();
  const [toId, setToId] = useState<string>(NOW);
  const { data: reviews = [] } = useApi('getPlanReviews', { planId });
  const { mutate: saveReview } = useApiMutation('reviewPlan', {
    onSuccess: async () => {
      setNote('');
      notify('app.plan.reviewed', { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: apiQueryKey('getPlanReviews', { planId }) });
    },
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  const review = () => saveReview({ planId, note });

  const comparison = pickComparison(reviews, current, fromId, toId);
  const pick = (label: string, value: string, onChange: (id: string) => void, withNow: boolean) => (
    <MuiTextField
      select
      size="small"
      label={translate(label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 180 }}
    >
      {withNow && <MenuItem value={NOW}>{translate('app.plan.now')}</MenuItem>}
      {reviews.map((r) => (
        <MenuItem key={r.id} value={r.id}>
          {formatDay(r.reviewedOn)}
          {r.note ? ` · ${r.note}` : ''}
        </MenuItem>
      ))}
    </MuiTextField>
  );
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <MuiTextField
          size="small"
          label={translate('app.plan.reviewNote')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          sx={{ flex: 1 }}
        />
        <CanAccess resource="perspective-plans" action="review">
          <Button label="app.plan.review" onClick={review} variant="contained">
            <RateReviewIcon />
          </Button>
        </CanAccess>
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
              <ListItemButton
                key={r.id}
                selected={r.id === (fromId ?? reviews[0]?.id)}
                onClick={() => {
                  setFromId(r.id);
                  setToId(NOW);
                }}
              >
                <ListItemText primary={formatDay(r.reviewedOn)} secondary={r.note} />
              </ListItemButton>
            ))}
          </List>
          <Box>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }} data-testid="plan-compare">
              {pick('app.plan.from', fromId ?? reviews[0].id, setFromId, false)}
              {pick('app.plan.to', toId, setToId, true)}
            </Box>
            {comparison && <DiffView comparison={comparison} />}
          </Box>
        </Box>
      )}
    </Box>
  );
};

/** What changed between two reviews, or since a review until now. */
const DiffView = ({ comparison }: { comparison: Comparison }) => {
  const translate = useTranslate();
  const { nameOf } = useDomains();
  const diff = diffSnapshots(comparison.before, comparison.after);
  const status = (s?: string) => (s ? translate(`resources.obstacles.status.${s}`) : '—');
  return (
    <Box data-testid="plan-diff">
      <Typography variant="subtitle2">
        {translate('app.plan.compare')}{' '}
        {comparison.to
          ? translate('app.plan.between', { from: formatDay(comparison.from), to: formatDay(comparison.to) })
          : translate('app.plan.since', { date: formatDay(comparison.from) })}
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
