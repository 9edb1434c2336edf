import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { Box } from '@mui/material';
import { choices, OUTCOMES } from '../common/choices';

export const ConversationInputs = ({ showPerson = true }: { showPerson?: boolean }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
    {showPerson && (
      <ReferenceInput source="personId" reference="persons">
        <AutocompleteInput optionText="firstName" validate={required()} filterToQuery={(q) => ({ q })} />
      </ReferenceInput>
    )}
    <DateInput source="date" validate={required()} defaultValue={new Date().toISOString().slice(0, 10)} />
    <ReferenceInput source="employerId" reference="employers" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
    </ReferenceInput>
    <TextInput source="contact" />
    <TextInput source="sector" />
    <SelectInput source="outcome" choices={choices('network-conversations', 'outcome', OUTCOMES)} />
    <Box sx={{ gridColumn: '1 / -1' }}>
      <TextInput source="notes" multiline fullWidth />
    </Box>
  </Box>
);
