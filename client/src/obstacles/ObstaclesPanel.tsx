import { useState } from 'react';
import { Box, Card, CardContent, Chip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import BlockIcon from '@mui/icons-material/Block';
import { Button, Link, useCreatePath, useTranslate, type RaRecord } from 'react-admin';
import { STATUS_COLORS } from '../common/choices';
import { useDomains } from '../integration-domains/useDomains';
import { RecordDialog } from '../common/RecordDialog';
import { ObstacleInputs } from './ObstacleInputs';

interface Props {
  person: RaRecord;
  planId?: string;
  obstacles: RaRecord[];
}

/**
 * A person's obstacles grouped by domain; within a domain, those that block
 * the most others come first, so the knot to untie first is on top.
 */
export const ObstaclesPanel = ({ person, planId, obstacles }: Props) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { domains, nameOf } = useDomains();
  const [adding, setAdding] = useState(false);
  const byId = new Map(obstacles.map((o) => [o.id, o]));
  const title = (id: string) => byId.get(id)?.title ?? '…';
  const grouped = domains
    .map((d) => ({
      domain: d,
      items: obstacles
        .filter((o) => o.domainKey === d.key)
        .sort((a, b) => (b.blocksIds?.length ?? 0) - (a.blocksIds?.length ?? 0)),
    }))
    .filter((g) => g.items.length > 0);

  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography variant="h6">{translate('app.obstaclesPanel.title')}</Typography>
          <Button label="app.obstaclesPanel.add" onClick={() => setAdding(true)} variant="outlined">
            <AddIcon />
          </Button>
        </Box>
        {grouped.length === 0 && <Typography variant="body2">{translate('app.obstaclesPanel.empty')}</Typography>}
        {grouped.map(({ domain, items }) => (
          <Box key={domain.key} sx={{ mt: 1.5 }} data-testid={`obstacles-${domain.key}`}>
            <Typography variant="subtitle2">{nameOf(domain.key)}</Typography>
            {items.map((o) => (
              <Box key={o.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', py: 0.5, borderBottom: '1px solid #eee' }}>
                <Chip
                  size="small"
                  label={translate(`resources.obstacles.status.${o.status}`)}
                  sx={{ bgcolor: STATUS_COLORS[o.status], color: 'white' }}
                />
                <Link to={createPath({ resource: 'obstacles', id: o.id, type: 'show' })}>{o.title}</Link>
                {o.systemic && <Chip size="small" variant="outlined" label={translate('resources.obstacles.fields.systemic')} />}
                {(o.blocksIds ?? []).map((id: string) => (
                  <Chip key={id} size="small" icon={<BlockIcon />} label={`${translate('resources.obstacles.fields.blocksIds')}: ${title(id)}`} />
                ))}
                {(o.blockedByIds ?? []).map((id: string) => (
                  <Chip key={id} size="small" variant="outlined" label={`${translate('resources.obstacles.fields.blockedByIds')}: ${title(id)}`} />
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
