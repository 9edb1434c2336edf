import {
  AutocompleteArrayInput,
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceArrayInput,
  TextInput,
  maxLength,
  minValue,
  required,
} from 'react-admin';
import { Box } from '@mui/material';

/** Shared by the breakthrough forms and the dialog on the person page. */
export const BreakthroughInputs = ({ householdId }: { householdId?: string }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
    <TextInput source="title" validate={[required(), maxLength(200)]} />
    <DateInput source="date" validate={required()} defaultValue={new Date().toISOString().slice(0, 10)} />
    <TextInput source="partner" validate={maxLength(300)} />
    <NumberInput source="costEur" validate={minValue(0)} step={0.01} />
    {householdId && (
      <Box sx={{ gridColumn: '1 / -1' }}>
        <ReferenceArrayInput source="obstacleIds" reference="obstacles" filter={{ householdId }} perPage={100}>
          <AutocompleteArrayInput optionText="title" />
        </ReferenceArrayInput>
        <BooleanInput source="resolveObstacles" defaultValue={true} />
      </Box>
    )}
    <Box sx={{ gridColumn: '1 / -1' }}>
      <TextInput source="description" multiline fullWidth />
      <TextInput source="outcome" multiline fullWidth />
    </Box>
  </Box>
);
