import { useState } from 'react';
import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useApi } from '../common/useApi';
import { formatDay } from '../common/dates';
import {
  CONSENT_PURPOSES,
  PLACEMENT_STATUSES,
  PLACEMENT_TYPES,
  REFERRAL_STATUSES,
  TASK_STATUSES,
  TIMELINE_TYPES,
} from '../common/choices';

/** `(a|b|c)`: one of an enum's values, in a pattern. */
const oneOf = (values: readonly string[]) => `(${values.join('|')})`;
const CONSENT_TITLE = new RegExp(`^${oneOf(CONSENT_PURPOSES)}(?: \\(withdrawn (\\d{4}-\\d{2}-\\d{2})\\))?$`);
const TASK_TITLE = new RegExp(`^(.*) \\(${oneOf(TASK_STATUSES)}\\)$`, 's');
const REFERRAL_TITLE = new RegExp(`^(.*) \\(${oneOf(REFERRAL_STATUSES)}\\)$`, 's');
const PLACEMENT_TITLE = new RegExp(`^${oneOf(PLACEMENT_TYPES)}: ${oneOf(PLACEMENT_STATUSES)}$`);

/** Where an entry opens; kinds without a page of their own are shown as text. */
const LINKS: Record<string, (id: string) => string> = {
  obstacles: (id) => `/obstacles/${id}/show`,
  breakthroughs: (id) => `/breakthroughs/${id}/show`,
  placements: (id) => `/placements/${id}/show`,
  'network-conversations': (id) => `/network-conversations/${id}`,
  tasks: (id) => `/tasks/${id}`,
  'contact-logs': (id) => `/contact-logs/${id}`,
  activities: (id) => `/activities/${id}`,
};

/**
 * The server writes some titles from enum values ("research (withdrawn 2026-01-02)", "Call (open)",
 * "paid_job: started"); these show their labels instead. Other titles are the user's own words.
 */
export function localizeTitle(type: string, title: string, translate: (key: string) => string): string {
  let m: RegExpExecArray | null;
  if (type === 'consent' && (m = CONSENT_TITLE.exec(title))) {
    const purpose = translate(`resources.consents.purpose.${m[1]}`);
    return m[2] ? `${purpose} (${translate('resources.consents.fields.withdrawnOn')} ${formatDay(m[2])})` : purpose;
  }
  if (type === 'task' && (m = TASK_TITLE.exec(title)))
    return `${m[1]} (${translate(`resources.tasks.status.${m[2]}`)})`;
  if (type === 'referral' && (m = REFERRAL_TITLE.exec(title))) {
    return `${m[1]} (${translate(`resources.referrals.status.${m[2]}`)})`;
  }
  if (type === 'placement' && (m = PLACEMENT_TITLE.exec(title))) {
    return `${translate(`resources.placements.type.${m[1]}`)}: ${translate(`resources.placements.status.${m[2]}`)}`;
  }
  return title;
}

/** Everything that happened in the household, newest first, filtered by kind. */
export const TimelinePanel = ({ householdId }: { householdId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [types, setTypes] = useState<string[]>([]);
  const { data = [] } = useApi('getTimeline', { householdId, types });
  const toggle = (type: string) =>
    setTypes((current) => (current.includes(type) ? current.filter((t) => t !== type) : [...current, type]));
  return (
    <Card variant="outlined" sx={{ m: 2 }} data-testid="timeline">
      <CardContent>
        <Typography variant="h6">{translate('app.timeline.title')}</Typography>
        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', my: 1 }}>
          <Chip
            size="small"
            label={translate('app.timeline.all')}
            color={types.length === 0 ? 'primary' : 'default'}
            onClick={() => setTypes([])}
          />
          {TIMELINE_TYPES.map((type) => (
            <Chip
              key={type}
              size="small"
              label={translate(`app.timeline.type.${type}`)}
              color={types.includes(type) ? 'primary' : 'default'}
              onClick={() => toggle(type)}
            />
          ))}
        </Box>
        {data.length === 0 && <Typography variant="body2">{translate('app.timeline.empty')}</Typography>}
        <Box component="ol" sx={{ listStyle: 'none', pl: 0, borderLeft: '3px solid #9e9e9e', ml: 1 }}>
          {data.map((e) => (
            <Box component="li" key={`${e.type}-${e.recordId}-${e.at}`} sx={{ pl: 2, mb: 1 }}>
              <Typography variant="caption" color="text.secondary">
                {formatDay(e.at)} · {translate(`app.timeline.type.${e.type}`)}
              </Typography>
              <Typography variant="body2">
                {LINKS[e.resource] ? (
                  <Link to={LINKS[e.resource](e.recordId)}>
                    {e.noteWithheld
                      ? translate('app.permissions.noteWithheld')
                      : localizeTitle(e.type, e.title, translate) || '—'}
                  </Link>
                ) : (
                  localizeTitle(e.type, e.title, translate) || '—'
                )}
              </Typography>
              {e.labels && e.labels.length > 0 && (
                <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', mt: 0.5 }} data-testid="timeline-labels">
                  {e.labels.map((l) => (
                    <Chip
                      key={l.id}
                      size="small"
                      variant="outlined"
                      label={l.name[locale] ?? l.name.en ?? l.name.nl ?? l.name.uk ?? '?'}
                      sx={l.color ? { borderColor: l.color, color: l.color } : undefined}
                    />
                  ))}
                </Box>
              )}
            </Box>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
};
