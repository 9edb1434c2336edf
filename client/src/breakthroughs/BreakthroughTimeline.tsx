import { useState } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Button, useGetList, useGetMany, useTranslate } from 'react-admin';
import { RecordDialog } from '../common/RecordDialog';
import { BreakthroughInputs } from './BreakthroughInputs';
import { useHouseholdObstacles } from '../obstacles/ObstaclesPanel';
import { formatDay } from '../common/dates';
import { formatMoney } from '../common/formats';
import type { Breakthrough, Obstacle, PartnerOrganization } from '../api/types';

/**
 * Breakthroughs, newest first, as a timeline; recorded from here too. On a
 * person's page (`personId`) only theirs: those that removed their obstacles
 * or completed their referral, not every member's of the household.
 */
export const BreakthroughTimeline = ({
  householdId,
  personId,
  obstacles,
}: {
  householdId: string;
  personId?: string;
  obstacles: Obstacle[];
}) => {
  const translate = useTranslate();
  const [adding, setAdding] = useState(false);
  const { data = [] } = useGetList<Breakthrough>('breakthroughs', {
    filter: personId ? { personId } : { householdId },
    sort: { field: 'date', order: 'DESC' },
    pagination: { page: 1, perPage: 100 },
  });
  // Titles of every member's obstacles: a breakthrough can remove another member's.
  const { data: household = [] } = useHouseholdObstacles(householdId);
  const title = (id: string) => [...household, ...obstacles].find((o) => o.id === id)?.title;
  const partnerIds = [...new Set(data.map((b) => b.partnerOrganizationId).filter((id): id is string => !!id))];
  const { data: partners = [] } = useGetMany<PartnerOrganization>(
    'partner-organizations',
    { ids: partnerIds },
    { enabled: partnerIds.length > 0 },
  );
  const partnerName = (id?: string | null) => partners.find((p) => p.id === id)?.name;
  const partnerOf = (b: Breakthrough) => [partnerName(b.partnerOrganizationId), b.partner].filter(Boolean).join(' · ');
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('app.breakthroughsPanel.title')}</Typography>
          <Button label="app.breakthroughsPanel.add" onClick={() => setAdding(true)} variant="outlined">
            <AddIcon />
          </Button>
        </Box>
        {data.length === 0 && <Typography variant="body2">{translate('app.breakthroughsPanel.empty')}</Typography>}
        <Box
          component="ol"
          sx={{ listStyle: 'none', pl: 0, borderLeft: '3px solid #2e7d32', ml: 1 }}
          data-testid="breakthrough-timeline"
        >
          {data.map((b) => (
            <Box component="li" key={b.id} sx={{ pl: 2, mb: 1.5, position: 'relative' }}>
              <Typography variant="caption" color="text.secondary">
                {formatDay(b.date)}
                {partnerOf(b) ? ` · ${partnerOf(b)}` : ''}
                {b.costEur != null ? ` · ${formatMoney(b.costEur)}` : ''}
              </Typography>
              <Typography variant="body1">{b.title}</Typography>
              {(b.obstacleIds ?? []).map(
                (id: string) =>
                  title(id) && (
                    <Typography key={id} variant="body2" color="text.secondary">
                      ✓ {title(id)}
                    </Typography>
                  ),
              )}
            </Box>
          ))}
        </Box>
      </CardContent>
      {adding && (
        <RecordDialog
          resource="breakthroughs"
          title="app.breakthroughsPanel.add"
          fixed={{ householdId }}
          onClose={() => setAdding(false)}
        >
          <BreakthroughInputs householdId={householdId} isNew />
        </RecordDialog>
      )}
    </Card>
  );
};
