import {
  BooleanField,
  CanAccess,
  ChipField,
  DeleteButton,
  EditButton,
  ReferenceArrayField,
  SelectField,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
  FunctionField,
} from 'react-admin';
import { DateField } from '../common/fields';
import { Box, Divider, Typography } from '@mui/material';
import { choices, HOUSEHOLD_STATUSES, PROTECTION_BASES, SHELTER_TYPES, TRACKS } from '../common/choices';
import { HouseholdMembers } from './HouseholdMembers';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { HouseholdObstaclesPanel } from '../obstacles/HouseholdObstaclesPanel';
import { ShelterMovesPanel } from '../shelter-moves/ShelterMovesPanel';
import { AddContactLogButton } from '../contact-logs/AddContactLogButton';
import { useLanguageName } from '../common/languages';
import { EraseHouseholdAction } from '../person-data/PersonDataActions';
import { ContributionPanel } from '../contributions/ContributionPanel';

const ShowActions = () => (
  <TopToolbar>
    <AddContactLogButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
    <EraseHouseholdAction />
  </TopToolbar>
);

const Title = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <span>{record ? `${translate('resources.households.name', { smart_count: 1 })} ${record.reference}` : ''}</span>
  );
};

/** The codes a household speaks, named in the reader's language. */
const SpokenLanguages = ({ codes }: { codes?: string[] }) => {
  const name = useLanguageName();
  return <>{(codes ?? []).map(name).join(', ') || '—'}</>;
};

export const HouseholdShow = () => (
  <Show actions={<ShowActions />} title={<Title />}>
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      <SimpleShowLayout>
        <TextField source="reference" />
        <TextField source="municipality" />
        <SelectField source="track" choices={choices('households', 'track', TRACKS)} />
        <SelectField source="status" choices={choices('households', 'status', HOUSEHOLD_STATUSES)} />
        <ReferenceArrayField source="assigneeIds" reference="users">
          <SingleFieldList linkType={false}>
            <ChipField source="fullName" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
      </SimpleShowLayout>
      <SimpleShowLayout>
        <SelectField source="shelterType" choices={choices('households', 'shelterType', SHELTER_TYPES)} />
        <DateField source="shelterEndDate" emptyText="—" />
        <SelectField source="protectionBasis" choices={choices('households', 'protectionBasis', PROTECTION_BASES)} />
        <DateField source="protectionEndDate" emptyText="—" />
        <FunctionField
          source="languages"
          render={(r: { languages?: string[] }) => <SpokenLanguages codes={r.languages} />}
        />
        <BooleanField source="catering" />
        <TextField source="notes" emptyText="—" />
      </SimpleShowLayout>
    </Box>
    <Divider />
    <Box sx={{ p: 2 }}>
      <MembersHeading />
      <HouseholdMembers />
    </Box>
    <HouseholdContribution />
    <HouseholdObstacles />
    <HouseholdTimeline />
  </Show>
);

const HouseholdObstacles = () => {
  const record = useRecordContext();
  return record ? (
    <Box sx={{ p: 2 }}>
      <HouseholdObstaclesPanel householdId={String(record.id)} />
      <CanAccess resource="shelter-moves" action="list">
        <ShelterMovesPanel householdId={String(record.id)} />
      </CanAccess>
    </Box>
  ) : null;
};

const HouseholdContribution = () => {
  const record = useRecordContext();
  return record ? (
    <CanAccess resource="contributions" action="show">
      <Box sx={{ p: 2 }}>
        <ContributionPanel householdId={String(record.id)} />
      </Box>
    </CanAccess>
  ) : null;
};

const HouseholdTimeline = () => {
  const record = useRecordContext();
  return record ? (
    <CanAccess resource="households" action="timeline">
      <TimelinePanel householdId={String(record.id)} />
    </CanAccess>
  ) : null;
};

const MembersHeading = () => {
  const translate = useTranslate();
  return (
    <Typography variant="h6" gutterBottom>
      {translate('app.members.title')}
    </Typography>
  );
};
