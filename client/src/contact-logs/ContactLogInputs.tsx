import {
  BooleanInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  DateInput,
  DateTimeInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  FormDataConsumer,
  maxValue,
  minValue,
  required,
  useRecordContext,
} from 'react-admin';
import { NoteWithheld } from './NoteWithheld';
import { Box } from '@mui/material';
import { choices, CHANNELS } from '../common/choices';
import { useLabels } from '../labels/useLabels';
import { LabelSplitInput } from './LabelSplitInput';

/** Shared by the contact log forms and the dialog on the household page. */
/** On the household page the household is fixed (`householdId`) and not an input. */
export const ContactLogInputs = ({
  showHousehold = true,
  householdId,
}: {
  showHousehold?: boolean;
  householdId?: string;
}) => {
  const { labels, pathOf } = useLabels();
  const record = useRecordContext();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
      {showHousehold && (
        <ReferenceInput source="householdId" reference="households">
          <AutocompleteInput optionText="reference" validate={required()} filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
      )}
      <DateTimeInput source="occurredAt" validate={required()} defaultValue={new Date()} />
      <NumberInput source="minutes" validate={[required(), minValue(1), maxValue(1440)]} defaultValue={30} />
      <SelectInput
        source="channel"
        choices={choices('contact-logs', 'channel', CHANNELS)}
        validate={required()}
        defaultValue="in_person"
      />
      <TextInput source="language" />
      <FormDataConsumer<{ householdId?: string }>>
        {({ formData }) =>
          (formData.householdId ?? householdId) ? (
            <ReferenceArrayInput
              source="personIds"
              reference="persons"
              filter={{ householdId: formData.householdId ?? householdId }}
            >
              <AutocompleteArrayInput optionText="firstName" validate={required()} />
            </ReferenceArrayInput>
          ) : null
        }
      </FormDataConsumer>
      <Box sx={{ gridColumn: '1 / -1' }}>
        {/* A note the reader may not read stays as it is: no field to overwrite it with. */}
        {record?.noteWithheld ? <NoteWithheld /> : <TextInput source="note" multiline fullWidth minRows={3} />}
        {!record?.noteWithheld && <BooleanInput source="clearedForResearch" />}
        <AutocompleteArrayInput source="labelIds" choices={labels.map((l) => ({ id: l.id, name: pathOf(l.id) }))} />
        <LabelSplitInput />
      </Box>
      <FormDataConsumer<{ householdId?: string }>>
        {({ formData }) =>
          (formData.householdId ?? householdId) ? (
            <>
              <ReferenceArrayInput
                source="obstacleIds"
                reference="obstacles"
                filter={{ householdId: formData.householdId ?? householdId }}
              >
                <AutocompleteArrayInput optionText="title" />
              </ReferenceArrayInput>
              <ReferenceArrayInput
                source="breakthroughIds"
                reference="breakthroughs"
                filter={{ householdId: formData.householdId ?? householdId }}
              >
                <AutocompleteArrayInput optionText="title" />
              </ReferenceArrayInput>
            </>
          ) : null
        }
      </FormDataConsumer>
      <DateInput source="followUpOn" />
    </Box>
  );
};
