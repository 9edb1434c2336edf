import { Autocomplete, MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { TRACKS } from '../common/choices';
import { useMunicipalities } from '../households/MunicipalityInput';
import type { User } from '../api/types';

/** The filter inputs the report pages and the pipeline board share, each bound to one value. */
interface FilterProps {
  value: string;
  onChange: (value: string) => void;
}

export const DateFilter = ({ label, value, onChange }: FilterProps & { label: string }) => (
  <TextField
    type="date"
    size="small"
    sx={{ width: 190 }}
    label={label}
    slotProps={{ inputLabel: { shrink: true } }}
    value={value}
    onChange={(e) => onChange(e.target.value)}
  />
);

/** A colleague of the organisation, e.g. the matcher, owner or author. */
export const UserFilter = ({ label, value, onChange, testId }: FilterProps & { label: string; testId?: string }) => {
  const { data: users = [] } = useGetList<User>('users', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'fullName', order: 'ASC' },
  });
  return (
    <TextField
      select
      size="small"
      sx={{ width: 220 }}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    >
      <MenuItem value="">—</MenuItem>
      {users.map((u) => (
        <MenuItem key={u.id} value={u.id}>
          {u.fullName}
        </MenuItem>
      ))}
    </TextField>
  );
};

export const TrackFilter = ({ value, onChange, testId }: FilterProps & { testId?: string }) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      sx={{ width: 220 }}
      label={translate('app.reports.track')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    >
      <MenuItem value="">—</MenuItem>
      {TRACKS.map((t) => (
        <MenuItem key={t} value={t}>
          {translate(`resources.households.track.${t}`)}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** Picked from the organisation's municipalities: the reports match the name exactly. */
export const MunicipalityFilter = ({ value, onChange }: FilterProps) => {
  const translate = useTranslate();
  const municipalities = useMunicipalities();
  return (
    <Autocomplete
      size="small"
      sx={{ width: 200 }}
      options={municipalities}
      value={value || null}
      onChange={(_e, name) => onChange(name ?? '')}
      renderInput={(params) => <TextField {...params} label={translate('app.reports.municipality')} />}
    />
  );
};
