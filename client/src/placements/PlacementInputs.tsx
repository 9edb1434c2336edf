import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  SimpleFormIterator,
  useCanAccess,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { Box } from '@mui/material';
import {
  choices,
  CONTRACT_TYPES,
  FITS,
  PLACEMENT_STATUSES,
  PLACEMENT_TYPES,
  SIGNAL_KINDS,
  SOURCES,
  TWV_STATUSES,
} from '../common/choices';
import { WorkPermitPanel } from './WorkPermit';
import { END_REASONS, TRANSITIONS } from './transitions';

const endReasonChoices = END_REASONS.map((id) => ({ id, name: `app.guards.endReasons.${id}` }));

/**
 * The statuses an edit may choose: the current one, the moves the server
 * allows, and the one before the last change (which undoes it). A new
 * placement, recorded after the fact, may start in any status.
 */
function statusChoices(record?: Record<string, unknown>) {
  if (typeof record?.status !== 'string') return PLACEMENT_STATUSES;
  const history = (record.statusHistory ?? []) as { status: string }[];
  const previous =
    history.length >= 2 && history[history.length - 1].status === record.status
      ? [history[history.length - 2].status]
      : [];
  const allowed = new Set([record.status, ...(TRANSITIONS[record.status] ?? []), ...previous]);
  return PLACEMENT_STATUSES.filter((s) => allowed.has(s));
}

/** Shared by the placement forms and the dialog on the person page. A matcher follows their own placements by default. */
export const PlacementInputs = ({ showPerson = true }: { showPerson?: boolean }) => {
  const { identity, isPending } = useGetIdentity();
  const record = useRecordContext();
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
      <SelectInput
        source="contractType"
        choices={choices('placements', 'contractType', CONTRACT_TYPES)}
        defaultValue="none"
      />
      <ReferenceInput
        source="matcherId"
        reference="users"
        filter={{ active: true }}
        sort={{ field: 'fullName', order: 'ASC' }}
      >
        <AutocompleteInput
          optionText="fullName"
          filterToQuery={(q) => ({ q })}
          defaultValue={identity?.role === 'matcher' ? identity.id : undefined}
        />
      </ReferenceInput>
      <SelectInput
        source="status"
        choices={choices('placements', 'status', statusChoices(record))}
        defaultValue="proposed"
      />
      <FormDataConsumer>
        {({ formData }) =>
          formData.status === 'ended' ? (
            <SelectInput
              source="endReason"
              label="app.guards.fields.endReason"
              choices={endReasonChoices}
              validate={record?.id && record.status !== 'ended' ? required() : undefined}
            />
          ) : null
        }
      </FormDataConsumer>
      <DateInput source="statusChangedOn" helperText="resources.placements.statusChangedOnHelp" />
      <SelectInput source="fit" choices={choices('placements', 'fit', FITS)} />
      <TextInput source="jobTitle" />
      <TextInput source="sector" />
      <NumberInput source="hoursPerWeek" validate={[minValue(0), maxValue(60)]} />
      <SelectInput source="source" choices={choices('placements', 'source', SOURCES)} />
      <DateInput source="startDate" />
      <DateInput source="endDate" />
      <NumberInput source="hourlyWage" validate={[minValue(0), maxValue(1000)]} />
      <NumberInput source="actualHoursPerWeek" validate={[minValue(0), maxValue(80)]} />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <WorkPermitPanel />
      </Box>
      <DateInput source="uwvNotifiedOn" />
      <SelectInput
        source="twvStatus"
        choices={choices('placements', 'twvStatus', TWV_STATUSES)}
        defaultValue="not_needed"
      />
      <DateInput source="twvAppliedOn" />
      <DateInput source="twvDecidedOn" />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <SignalsInput />
      </Box>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <TextInput source="notes" multiline fullWidth />
      </Box>
    </Box>
  );
};

/**
 * Labour-rights signals. Reporting one makes a referral to the partner it
 * went to: only those who may see partner organisations (casework) choose one.
 */
const SignalsInput = () => {
  const { canAccess: mayRefer } = useCanAccess({ resource: 'partner-organizations', action: 'list' });
  return (
    <ArrayInput source="signals">
      <SimpleFormIterator inline disableReordering>
        <SelectInput
          source="kind"
          label="app.placementRules.signal.kind"
          choices={choices('placements', 'signalKind', SIGNAL_KINDS)}
          validate={required()}
        />
        <DateInput source="date" label="app.placementRules.signal.date" validate={required()} />
        <TextInput source="actionTaken" label="app.placementRules.signal.actionTaken" />
        {mayRefer && <BooleanInput source="reported" label="app.placementRules.signal.reported" />}
        {mayRefer && (
          <FormDataConsumer>
            {({ scopedFormData }) =>
              scopedFormData?.reported ? (
                <ReferenceInput source="partnerOrganizationId" reference="partner-organizations">
                  <AutocompleteInput
                    optionText="name"
                    label="app.placementRules.signal.partnerOrganizationId"
                    filterToQuery={(q) => ({ q })}
                    validate={required()}
                  />
                </ReferenceInput>
              ) : null
            }
          </FormDataConsumer>
        )}
      </SimpleFormIterator>
    </ArrayInput>
  );
};
