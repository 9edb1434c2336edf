import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  TextInput,
  maxLength,
  minValue,
  required,
} from 'react-admin';
import { Box } from '@mui/material';

/**
 * Shared by the breakthrough forms and the dialog on the person page.
 * `isNew`: only a new breakthrough offers to resolve its obstacles by default;
 * an edit resolves only obstacles it newly links, and only when asked.
 */
export const BreakthroughInputs = ({ householdId, isNew }: { householdId?: string; isNew: boolean }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
    <TextInput source="title" validate={[required(), maxLength(200)]} />
    <DateInput source="date" validate={required()} defaultValue={new Date().toISOString().slice(0, 10)} />
    <TextInput source="partner" validate={maxLength(300)} />
    <ReferenceInput source="partnerOrganizationId" reference="partner-organizations" perPage={100}>
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
    </ReferenceInput>
    <NumberInput source="costEur" validate={minValue(0)} step={0.01} />
    {householdId && (
      <Box sx={{ gridColumn: '1 / -1' }}>
        <ReferenceArrayInput source="obstacleIds" reference="obstacles" filter={{ householdId }} perPage={100}>
          <AutocompleteArrayInput optionText="title" validate={required()} />
        </ReferenceArrayInput>
        <BooleanInput source="resolveObstacles" defaultValue={isNew} />
      </Box>
    )}
    <Box sx={{ gridColumn: '1 / -1' }}>
      <TextInput source="description" multiline fullWidth />
      <TextInput source="outcome" multiline fullWidth />
    </Box>
  </Box>
);
