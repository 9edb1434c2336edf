import { Box, Paper, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DOMAIN_GROUPS, OBSTACLE_STATUSES, STATUS_COLORS } from '../common/choices';
import { useDomains } from '../integration-domains/useDomains';

interface ObstacleLike {
  domainKey: string;
  status: string;
}

/**
 * The most pressing state wins: one open obstacle makes a domain red, whatever else was resolved
 * (the API lists the statuses most pressing first).
 */
export function domainState(obstacles: ObstacleLike[], domainKey: string): string {
  const statuses = new Set(obstacles.filter((o) => o.domainKey === domainKey).map((o) => o.status));
  return OBSTACLE_STATUSES.find((s) => statuses.has(s)) ?? 'none';
}

/**
 * The 14 domains of the framework in its four groups, each coloured by its
 * obstacles: where a person is stuck, and where things moved.
 */
export const DomainWheel = ({ obstacles }: { obstacles: ObstacleLike[] }) => {
  const translate = useTranslate();
  const { domains, nameOf } = useDomains();
  return (
    <Box>
      <Typography variant="subtitle1">{translate('app.wheel.title')}</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' }, gap: 1 }}>
        {DOMAIN_GROUPS.map((group) => (
          <Box key={group}>
            <Typography variant="caption" color="text.secondary">
              {translate(`resources.integration-domains.group.${group}`)}
            </Typography>
            {domains
              .filter((d) => d.group === group)
              .map((d) => {
                const state = domainState(obstacles, d.key);
                const unresolved = obstacles.filter(
                  (o) => o.domainKey === d.key && (o.status === 'open' || o.status === 'in_progress'),
                ).length;
                return (
                  <Tooltip
                    key={d.key}
                    title={
                      state === 'none' ? translate('app.wheel.none') : translate(`resources.obstacles.status.${state}`)
                    }
                  >
                    <Paper
                      data-testid={`domain-${d.key}`}
                      data-state={state}
                      variant="outlined"
                      sx={{
                        p: 0.75,
                        mt: 0.5,
                        borderLeft: `6px solid ${STATUS_COLORS[state]}`,
                        display: 'flex',
                        justifyContent: 'space-between',
                        fontSize: 13,
                      }}
                    >
                      <span>{nameOf(d.key)}</span>
                      {unresolved > 0 && <strong>{unresolved}</strong>}
                    </Paper>
                  </Tooltip>
                );
              })}
          </Box>
        ))}
      </Box>
      <Legend />
    </Box>
  );
};

/** What the colours mean: the most pressing state of a domain's obstacles wins. */
const Legend = () => {
  const translate = useTranslate();
  const label = (state: string) =>
    state === 'none' ? translate('app.wheel.none') : translate(`resources.obstacles.status.${state}`);
  return (
    <Box
      sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mt: 1, fontSize: 13 }}
      data-testid="wheel-legend"
    >
      <Typography variant="caption" color="text.secondary">
        {translate('app.wheel.legend')}
      </Typography>
      {[...OBSTACLE_STATUSES, 'none'].map((state) => (
        <Box key={state} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Box sx={{ width: 12, height: 12, bgcolor: STATUS_COLORS[state], borderRadius: 0.5 }} />
          {label(state)}
        </Box>
      ))}
    </Box>
  );
};
