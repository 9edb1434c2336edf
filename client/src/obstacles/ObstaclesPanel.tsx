import { useState } from 'react';
import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import { Button, Link, useCreatePath, useGetList, useTranslate, CanAccess } from 'react-admin';
import { STATUS_COLORS } from '../common/choices';
import { useDomains } from '../integration-domains/useDomains';
import { RecordDialog } from '../common/RecordDialog';
import { ObstacleInputs } from './ObstacleInputs';
import type { Obstacle, Person } from '../api/types';

interface Props {
  person: Person;
  planId?: string;
  obstacles: Obstacle[];
}

/**
 * A person's obstacles grouped by domain, under the plan's obstacles that
 * block the most others now; within a domain, those that block most come first.
 */
export const ObstaclesPanel = ({ person, planId, obstacles }: Props) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { domains, nameOf } = useDomains();
  const [adding, setAdding] = useState(false);
  // Links reach the obstacles of other household members too: title them all.
  const { data: household = [] } = useHouseholdObstacles(person.householdId);
  const byId = new Map([...household, ...obstacles].map((o) => [o.id, o]));
  const title = (id: string) => byId.get(id)?.title ?? '…';
  const grouped = domains
    .map((d) => ({ domain: d, items: byMostBlocking(obstacles.filter((o) => o.domainKey === d.key)) }))
    .filter((g) => g.items.length > 0);
  const blocking = byMostBlocking(obstacles.filter((o) => (!planId || o.planId === planId) && blockCount(o) > 0)).slice(
    0,
    5,
  );

  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('app.obstaclesPanel.title')}</Typography>
          <CanAccess resource="obstacles" action="create">
            <Button label="app.obstaclesPanel.add" onClick={() => setAdding(true)} variant="outlined">
              <AddIcon />
            </Button>
          </CanAccess>
        </Box>
        {grouped.length === 0 && <Typography variant="body2">{translate('app.obstaclesPanel.empty')}</Typography>}
        {blocking.length > 0 && (
          <Box sx={{ mt: 1.5, p: 1, bgcolor: 'action.hover', borderRadius: 1 }} data-testid="obstacles-blocking-most">
            <Typography variant="subtitle2">{translate('app.obstaclesPanel.blocksMost')}</Typography>
            <Box component="ol" sx={{ m: 0, pl: 3 }}>
              {blocking.map((o) => (
                <li key={o.id}>
                  <Link to={createPath({ resource: 'obstacles', id: o.id, type: 'show' })}>{o.title}</Link>
                  {' · '}
                  {translate('app.obstaclesPanel.mostBlocking', { smart_count: blockCount(o) })}
                </li>
              ))}
            </Box>
          </Box>
        )}
        {grouped.map(({ domain, items }) => (
          <Box key={domain.key} sx={{ mt: 1.5 }} data-testid={`obstacles-${domain.key}`}>
            <Typography variant="subtitle2">{nameOf(domain.key)}</Typography>
            {items.map((o) => (
              <Box
                key={o.id}
                sx={{
                  display: 'flex',
                  alignItems: 'center',
                  gap: 1,
                  flexWrap: 'wrap',
                  py: 0.5,
                  borderBottom: '1px solid #eee',
                }}
              >
                <Chip
                  size="small"
                  label={translate(`resources.obstacles.status.${o.status}`)}
                  sx={{ bgcolor: STATUS_COLORS[o.status], color: 'white' }}
                />
                <Link to={createPath({ resource: 'obstacles', id: o.id, type: 'show' })}>{o.title}</Link>
                {o.systemic && (
                  <Chip size="small" variant="outlined" label={translate('resources.obstacles.fields.systemic')} />
                )}
                {activeBlocks(o).map((id) => (
                  <Chip
                    key={id}
                    size="small"
                    icon={<BlockIcon />}
                    label={`${translate('resources.obstacles.fields.blocksIds')}: ${title(id)}`}
                    data-testid="blocks"
                  />
                ))}
                {activeBlockedBy(o).map((id) => (
                  <Chip
                    key={id}
                    size="small"
                    variant="outlined"
                    label={`${translate('resources.obstacles.fields.blockedByIds')}: ${title(id)}`}
                    data-testid="blocked-by"
                  />
                ))}
                {pastBlocks(o).map((id) => (
                  <Chip
                    key={id}
                    size="small"
                    variant="outlined"
                    sx={HISTORY}
                    label={`${translate('app.guards.wasBlocking')}: ${title(id)}`}
                    data-testid="was-blocking"
                  />
                ))}
                {pastBlockedBy(o).map((id) => (
                  <Chip
                    key={id}
                    size="small"
                    variant="outlined"
                    sx={HISTORY}
                    label={`${translate('app.guards.wasBlockedBy')}: ${title(id)}`}
                    data-testid="was-blocked-by"
                  />
                ))}
              </Box>
            ))}
          </Box>
        ))}
      </CardContent>
      {adding && (
        <RecordDialog
          resource="obstacles"
          title="app.obstaclesPanel.add"
          fixed={planId ? { planId, personId: person.id } : { personId: person.id }}
          onClose={() => setAdding(false)}
        >
          <ObstacleInputs householdId={person.householdId} />
        </RecordDialog>
      )}
    </Card>
  );
};

/**
 * Only open and in-progress obstacles block (the server's `activeBlocksIds`);
 * links of a resolved or unresolvable one are history: "was blocking".
 */
const activeBlocks = (o: Obstacle): string[] => o.activeBlocksIds ?? [];
const activeBlockedBy = (o: Obstacle): string[] => o.activeBlockedByIds ?? [];
const pastBlocks = (o: Obstacle): string[] => (o.blocksIds ?? []).filter((id: string) => !activeBlocks(o).includes(id));
const pastBlockedBy = (o: Obstacle): string[] =>
  (o.blockedByIds ?? []).filter((id: string) => !activeBlockedBy(o).includes(id));
const HISTORY = { color: 'text.secondary', borderStyle: 'dashed' };

const blockCount = (o: Obstacle) => activeBlocks(o).length;

/** Those that block the most others first: the knot to untie first is on top. */
const byMostBlocking = (items: Obstacle[]) => [...items].sort((a, b) => blockCount(b) - blockCount(a));

/** All obstacles of the household, shared (one cached query) by the panels that title links with them. */
export const useHouseholdObstacles = (householdId?: string) =>
  useGetList<Obstacle>(
    'obstacles',
    { filter: { householdId }, pagination: { page: 1, perPage: 500 }, sort: { field: 'identifiedOn', order: 'ASC' } },
    { enabled: Boolean(householdId) },
  );
