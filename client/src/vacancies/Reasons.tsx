import { Box, Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { SuggestionReason } from '../api/types';

const COLORS = { met: 'success', partly: 'warning', not_met: 'default', unknown: 'default' } as const;

/** What the person (or vacancy) has against what is needed, in words: the detail of one reason. */
function detail(reason: SuggestionReason, translate: (key: string, options?: object) => string): string {
  const outcome = translate(`app.suggestions.outcome.${reason.outcome}`);
  switch (reason.factor) {
    case 'skills':
      return translate('app.suggestions.skillsOf', { actual: reason.actual ?? '0', needed: reason.needed ?? '0' });
    case 'language':
      return reason.language
        ? `${translate(`resources.persons.fields.languageLevels.${reason.language}`)}: ${reason.actual ?? '?'} / ${reason.needed ?? '—'}`
        : outcome;
    case 'hours':
    case 'municipality':
      return `${reason.actual ?? '?'} / ${reason.needed ?? '—'}`;
    case 'training':
      return reason.actual ?? outcome;
    case 'protection':
      return translate(`app.suggestions.workPermission.${reason.actual ?? 'unknown'}`);
  }
}

/** The reasons of a score, each its points of the maximum; hovering says why. */
export const Reasons = ({ reasons }: { reasons: SuggestionReason[] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
      {reasons.map((reason) => (
        <Tooltip key={reason.factor} title={detail(reason, translate)}>
          <Chip
            size="small"
            variant={reason.outcome === 'met' ? 'filled' : 'outlined'}
            color={COLORS[reason.outcome]}
            label={`${translate(`app.suggestions.factor.${reason.factor}`)} ${reason.points}/${reason.maxPoints}`}
            data-testid={`reason-${reason.factor}`}
          />
        </Tooltip>
      ))}
    </Box>
  );
};
