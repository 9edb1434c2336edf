import {
  AutocompleteArrayInput,
  BooleanInput,
  DateInput,
  ReferenceArrayInput,
  SelectInput,
  TextInput,
  required,
  maxLength,
} from 'react-admin';
import { Box } from '@mui/material';
import { choices, HOUSEHOLD_STATUSES, PROTECTION_BASES, SHELTER_TYPES, TRACKS } from '../common/choices';
import { useSpokenLanguageChoices } from '../common/languages';

/** The same inputs on create and edit. */
export const HouseholdInputs = () => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
      columnGap: 2,
      width: '100%',
      maxWidth: 900,
    }}
  >
    <TextInput source="reference" validate={[required(), maxLength(40)]} helperText={false} />
    <TextInput source="municipality" validate={[required(), maxLength(100)]} helperText={false} />
    <SelectInput source="track" choices={choices('households', 'track', TRACKS)} validate={required()} />
    <SelectInput source="status" choices={choices('households', 'status', HOUSEHOLD_STATUSES)} defaultValue="active" />
    <SelectInput
      source="shelterType"
      choices={choices('households', 'shelterType', SHELTER_TYPES)}
      validate={required()}
    />
    <DateInput source="shelterEndDate" />
    <SelectInput
      source="protectionBasis"
      choices={choices('households', 'protectionBasis', PROTECTION_BASES)}
      validate={required()}
    />
    <DateInput source="protectionEndDate" />
    <AutocompleteArrayInput source="languages" choices={useSpokenLanguageChoices()} translateChoice={false} />
    <ReferenceArrayInput
      source="assigneeIds"
      reference="users"
      sort={{ field: 'fullName', order: 'ASC' }}
      filter={{ active: true }}
    >
      <AutocompleteArrayInput optionText="fullName" />
    </ReferenceArrayInput>
    <BooleanInput source="catering" helperText="resources.households.cateringHelp" />
    <Box sx={{ gridColumn: '1 / -1' }}>
      <TextInput source="notes" multiline minRows={3} fullWidth />
    </Box>
  </Box>
);
