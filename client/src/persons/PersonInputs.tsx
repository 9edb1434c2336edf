import {
  BooleanInput,
  DateInput,
  NumberInput,
  ReferenceInput,
  AutocompleteInput,
  SelectInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useTranslate,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import {
  DIPLOMA_EVALUATIONS,
  EDUCATION_LEVELS,
  GENDERS,
  HOUSEHOLD_ROLES,
  PROTECTION_BASES,
  LANGUAGE_LEVELS,
  LEVEL_LANGUAGES,
  choices,
} from '../common/choices';
import { enumLabel } from '../i18n/enumTranslations';

const levelChoices = choices('persons', 'languageLevel', LANGUAGE_LEVELS);

/** An empty select means "not known": the API stores null. */
const emptyToNull = (value: string) => (value === '' ? null : value);

/** A birth year must be a real, past year: the message says so in the user's language. */
const notFutureYear = (value: unknown) =>
  typeof value === 'number' && value > new Date().getFullYear() ? 'app.validation.birthYearFuture' : undefined;

/** The same inputs on create, edit and the member dialog on the household page. */
export const PersonInputs = ({ showHousehold = true }: { showHousehold?: boolean }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
      {showHousehold && (
        <ReferenceInput source="householdId" reference="households" sort={{ field: 'reference', order: 'ASC' }}>
          <AutocompleteInput optionText="reference" validate={required()} filterToQuery={(q) => ({ q })} />
        </ReferenceInput>
      )}
      <TextInput source="firstName" validate={[required(), maxLength(100)]} />
      <NumberInput source="birthYear" validate={[number(), minValue(1900), maxValue(2100), notFutureYear]} step={1} />
      <SelectInput
        source="householdRole"
        choices={choices('persons', 'householdRole', HOUSEHOLD_ROLES)}
        parse={emptyToNull}
      />
      <SelectInput
        source="gender"
        choices={GENDERS.map((id) => ({ id, name: enumLabel('Gender', id) }))}
        defaultValue="unknown"
        validate={required()}
      />
      <DateInput source="arrivedOn" parse={emptyToNull} />
      <SelectInput
        source="protectionBasis"
        choices={choices('households', 'protectionBasis', PROTECTION_BASES)}
        parse={emptyToNull}
        emptyText="resources.persons.fields.protectionBasisHint"
      />
      <DateInput source="statusGrantedOn" parse={emptyToNull} />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <Typography variant="subtitle2" sx={{ mt: 1 }}>
          {translate('resources.persons.fields.languageLevels')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2 }}>
          {LEVEL_LANGUAGES.map((language) => (
            <SelectInput
              key={language}
              source={`languageLevels.${language}`}
              label={`resources.persons.fields.languageLevels.${language}`}
              choices={levelChoices}
              parse={emptyToNull}
              sx={{ minWidth: 140 }}
            />
          ))}
        </Box>
      </Box>
      <SelectInput
        source="educationLevel"
        choices={choices('persons', 'educationLevel', EDUCATION_LEVELS)}
        parse={emptyToNull}
      />
      <SelectInput
        source="diplomaEvaluation"
        choices={choices('persons', 'diplomaEvaluation', DIPLOMA_EVALUATIONS)}
        parse={emptyToNull}
      />
      <TextInput source="profession" validate={maxLength(200)} />
      <BooleanInput source="childcareNeed" />
      <DateInput source="matchingSince" />
      <NumberInput source="hoursWantedPerWeek" min={0} max={60} validate={[minValue(0), maxValue(60)]} />
      <TextInput source="experience" multiline validate={maxLength(5000)} />
      <TextInput source="talents" multiline validate={maxLength(5000)} />
      <Box sx={{ gridColumn: '1 / -1' }}>
        <TextInput source="ambitions" multiline fullWidth validate={maxLength(5000)} />
        <TextInput source="notes" multiline fullWidth minRows={2} validate={maxLength(20000)} />
      </Box>
    </Box>
  );
};
