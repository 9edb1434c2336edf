import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SelectInput, TextInput, maxValue, minValue, required, useGetIdentity } from 'react-admin';
import { Box } from '@mui/material';
import { choices, CONTRACT_TYPES, FITS, PLACEMENT_STATUSES, PLACEMENT_TYPES, SOURCES } from '../common/choices';

/** Shared by the placement forms and the dialog on the person page. A matcher follows their own placements by default. */
export const PlacementInputs = ({ showPerson = true }: { showPerson?: boolean }) => {
  const { identity, isPending } = useGetIdentity();
  // The matcher default is read once, when the input mounts: wait for the identity.
  if (isPending) return null;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
      {showPerson && (
        <ReferenceInput source="personId" reference="persons">
          <AutocompleteInput optionText="firstName" validate={required()} filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
      )}
      <ReferenceInput source="employerId" reference="employers" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} />
      </ReferenceInput>
      <SelectInput source="type" choices={choices('placements', 'type', PLACEMENT_TYPES)} validate={required()} />
      <SelectInput source="contractType" choices={choices('placements', 'contractType', CONTRACT_TYPES)} defaultValue="none" />
      <ReferenceInput source="matcherId" reference="users" filter={{ active: true }} sort={{ field: 'fullName', order: 'ASC' }}>
        <AutocompleteInput optionText="fullName" filterToQuery={(q) => ({ q })} defaultValue={identity?.role === 'matcher' ? identity.id : undefined} />
      </ReferenceInput>
      <SelectInput source="status" choices={choices('placements', 'status', PLACEMENT_STATUSES)} defaultValue="proposed" />
      <DateInput source="statusChangedOn" helperText="resources.placements.statusChangedOnHelp" />
      <SelectInput source="fit" choices={choices('placements', 'fit', FITS)} />
      <TextInput source="jobTitle" />
      <TextInput source="sector" />
      <NumberInput source="hoursPerWeek" validate={[minValue(0), maxValue(60)]} />
      <SelectInput source="source" choices={choices('placements', 'source', SOURCES)} />
      <DateInput source="startDate" />
      <DateInput source="endDate" />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <TextInput source="notes" multiline fullWidth />
      </Box>
    </Box>
  );
};
