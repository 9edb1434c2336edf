import {
  AutocompleteArrayInput,
  BooleanInput,
  DateInput,
  FormDataConsumer,
  ReferenceArrayInput,
  SelectInput,
  TextInput,
  maxLength,
  required,
} from 'react-admin';
import { Box } from '@mui/material';
import { choices, OBSTACLE_STATUSES, SEVERITIES } from '../common/choices';
import { useDomains } from '../integration-domains/useDomains';

/** Shared by the obstacle forms and the dialog on the person page. */
export const ObstacleInputs = ({ householdId }: { householdId?: string }) => {
  const { choices: domainChoices } = useDomains();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
      <SelectInput source="domainKey" choices={domainChoices} validate={required()} />
      <TextInput source="title" validate={[required(), maxLength(200)]} />
      <SelectInput source="severity" choices={choices('obstacles', 'severity', SEVERITIES)} defaultValue="medium" />
      <SelectInput source="status" choices={choices('obstacles', 'status', OBSTACLE_STATUSES)} defaultValue="open" />
      <DateInput source="identifiedOn" defaultValue={new Date().toISOString().slice(0, 10)} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.status === 'resolved' ? <DateInput source="resolvedOn" validate={required()} /> : <span />
        }
      </FormDataConsumer>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <TextInput source="description" multiline fullWidth />
      </Box>
      <BooleanInput source="systemic" />
      <FormDataConsumer>
        {({ formData }) => (formData.systemic ? <TextInput source="systemicNote" multiline /> : <span />)}
      </FormDataConsumer>
      {householdId && (
        <Box sx={{ gridColumn: '1 / -1' }}>
          <ReferenceArrayInput source="blocksIds" reference="obstacles" filter={{ householdId }} perPage={100}>
            <AutocompleteArrayInput optionText="title" />
          </ReferenceArrayInput>
        </Box>
      )}
    </Box>
  );
};
