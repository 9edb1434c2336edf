import {
  BooleanField,
  EditButton,
  TopToolbar,
  FunctionField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DateField, NumberField } from '../common/fields';
import { Box, Divider } from '@mui/material';
import { PersonCasework } from './PersonCasework';
import { PersonDataActions } from '../person-data/PersonDataActions';
import { HouseholdReference } from './HouseholdReference';
import {
  choices,
  DIPLOMA_EVALUATIONS,
  EDUCATION_LEVELS,
  GENDERS,
  HOUSEHOLD_ROLES,
  LEVEL_LANGUAGES,
  PROTECTION_BASES,
} from '../common/choices';
import { enumLabel } from '../i18n/enumTranslations';

const LanguageLevels = () => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="languageLevels"
      render={(record: { languageLevels?: Record<string, string> }) =>
        LEVEL_LANGUAGES.filter((l) => record.languageLevels?.[l])
          .map((l) => {
            const level = record.languageLevels![l];
            return `${translate(`resources.persons.fields.languageLevels.${l}`)}: ${translate(`resources.persons.languageLevel.${level}`)}`;
          })
          .join(' · ') || '—'
      }
    />
  );
};

const PersonTitle = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  return <span>{record ? `${translate('resources.persons.name', { smart_count: 1 })} ${record.firstName}` : ''}</span>;
};

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <PersonDataActions />
  </TopToolbar>
);

export const PersonShow = () => (
  <Show title={<PersonTitle />} actions={<ShowActions />}>
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
      <SimpleShowLayout>
        <TextField source="firstName" />
        <HouseholdReference source="householdId" />
        <NumberField source="birthYear" options={{ useGrouping: false }} emptyText="—" />
        <SelectField
          source="householdRole"
          choices={choices('persons', 'householdRole', HOUSEHOLD_ROLES)}
          emptyText="—"
        />
        <SelectField source="gender" choices={GENDERS.map((id) => ({ id, name: enumLabel('Gender', id) }))} />
        <DateField source="arrivedOn" emptyText="—" />
        <SelectField
          source="protectionBasis"
          choices={choices('households', 'protectionBasis', PROTECTION_BASES)}
          emptyText="resources.persons.fields.protectionBasisHint"
        />
        <DateField source="statusGrantedOn" emptyText="—" />
        <LanguageLevels />
        <BooleanField source="childcareNeed" />
        <DateField source="matchingSince" emptyText="—" />
        <NumberField source="hoursWantedPerWeek" emptyText="—" />
      </SimpleShowLayout>
      <SimpleShowLayout>
        <SelectField
          source="educationLevel"
          choices={choices('persons', 'educationLevel', EDUCATION_LEVELS)}
          emptyText="—"
        />
        <SelectField
          source="diplomaEvaluation"
          choices={choices('persons', 'diplomaEvaluation', DIPLOMA_EVALUATIONS)}
          emptyText="—"
        />
        <TextField source="profession" emptyText="—" />
        <TextField source="experience" emptyText="—" />
        <TextField source="talents" emptyText="—" />
        <TextField source="ambitions" emptyText="—" />
        <TextField source="notes" emptyText="—" />
      </SimpleShowLayout>
    </Box>
    <Divider />
    <PersonCasework />
  </Show>
);
