import { Box, TextField, Typography } from '@mui/material';
import { Button, useInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useLabels } from '../labels/useLabels';

/**
 * The author's split of the minutes over the labels (optional). The form
 * holds the stored split as the record gave it; the server takes an
 * unchanged split as no instruction, so only an edited one is a new split.
 * Editing keeps exactly the current labels; "equal split" clears it.
 */
export const LabelSplitInput = () => {
  const translate = useTranslate();
  const { pathOf } = useLabels({ includeArchived: true });
  const labelIds = useWatch<{ labelIds?: string[] }, 'labelIds'>({ name: 'labelIds' }) ?? [];
  const { field } = useInput({ source: 'labelMinutes' });
  const split = (field.value ?? {}) as Record<string, number | undefined>;
  if (labelIds.length < 2) return null;
  const change = (id: string, text: string) => {
    const next = Object.fromEntries(
      labelIds.map((l) => [l, l === id ? (text === '' ? undefined : Number(text)) : split[l]]),
    );
    field.onChange(Object.values(next).every((v) => v === undefined) ? null : next);
  };
  return (
    <Box data-testid="label-split" sx={{ mb: 2 }}>
      <Typography variant="body2">{translate('resources.contact-logs.fields.labelMinutes')}</Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('app.labelSplit.hint')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mt: 1 }}>
        {labelIds.map((id) => (
          <TextField
            key={id}
            type="number"
            size="small"
            label={pathOf(id)}
            value={split[id] ?? ''}
            onChange={(e) => change(id, e.target.value)}
            slotProps={{ htmlInput: { min: 0, step: 0.01 }, inputLabel: { shrink: true } }}
            sx={{ width: 200 }}
          />
        ))}
        <Button label="ra.action.clear_input_value" onClick={() => field.onChange(null)} />
      </Box>
    </Box>
  );
};
