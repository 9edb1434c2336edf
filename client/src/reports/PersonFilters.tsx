import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { EnumName, EnumValue } from '../api/types';
import { AGE_BANDS, GENDERS, PROTECTION_BASES } from '../common/choices';
import { enumLabel } from '../i18n/enumTranslations';

/** A select of one enum's values (or none: "—"), labelled in the reader's language. */
export function EnumSelect<E extends EnumName>({
  name,
  values,
  label,
  value,
  onChange,
  testId,
  emptyLabel = '—',
  width = 200,
}: {
  name: E;
  values: readonly EnumValue<E>[];
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  emptyLabel?: string | null;
  width?: number;
}) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      sx={{ width }}
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    >
      {emptyLabel !== null && <MenuItem value="">{emptyLabel}</MenuItem>}
      {values.map((v) => (
        <MenuItem key={v} value={v}>
          {translate(enumLabel(name, v))}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The person filters every report takes: protection basis, gender, age band (one value each here). */
export const PERSON_FILTERS = { protectionBasis: '', gender: '', ageBand: '' };
export const PERSON_FILTERS_VALID = {
  protectionBasis: (v: string) => (PROTECTION_BASES as readonly string[]).includes(v),
  gender: (v: string) => (GENDERS as readonly string[]).includes(v),
  ageBand: (v: string) => (AGE_BANDS as readonly string[]).includes(v),
};

export function PersonFilters<T extends typeof PERSON_FILTERS>({
  filter,
  setFilter,
}: {
  filter: T;
  setFilter: (next: T) => void;
}) {
  const translate = useTranslate();
  return (
    <>
      <EnumSelect
        name="ProtectionBasis"
        values={PROTECTION_BASES}
        label={translate('app.cohorts.groupBy.protectionBasis')}
        value={filter.protectionBasis}
        onChange={(v) => setFilter({ ...filter, protectionBasis: v })}
        testId="filter-protectionBasis"
      />
      <EnumSelect
        name="Gender"
        values={GENDERS}
        label={translate('app.cohorts.groupBy.gender')}
        value={filter.gender}
        onChange={(v) => setFilter({ ...filter, gender: v })}
        testId="filter-gender"
        width={150}
      />
      <EnumSelect
        name="AgeBand"
        values={AGE_BANDS}
        label={translate('app.cohorts.groupBy.ageBand')}
        value={filter.ageBand}
        onChange={(v) => setFilter({ ...filter, ageBand: v })}
        testId="filter-ageBand"
        width={150}
      />
    </>
  );
}
