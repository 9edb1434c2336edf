import { FormControlLabel, Switch } from '@mui/material';
import { useGetIdentity, useListContext, useTranslate } from 'react-admin';

/** "Assigned to me": filters on the signed-in user's id (`assigneeIds` contains it). */
export const AssignedToMeInput = (_props: { source: string; alwaysOn?: boolean }) => {
  const list = useListContext();
  const filterValues = list.filterValues as Record<string, unknown>;
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const checked = Boolean(identity && filterValues.assigneeIds === identity.id);
  return (
    <FormControlLabel
      sx={{ mb: 1, ml: 1 }}
      control={
        <Switch
          checked={checked}
          disabled={!identity}
          onChange={(event) => {
            const { assigneeIds: _dropped, ...rest } = filterValues;
            list.setFilters(
              event.target.checked && identity ? { ...rest, assigneeIds: identity.id } : rest,
              list.displayedFilters,
            );
          }}
        />
      }
      label={translate('app.filters.assignedToMe')}
    />
  );
};
