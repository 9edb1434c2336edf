import {
  AutocompleteInput,
  Create,
  Edit,
  List,
  NumberInput,
  ReferenceArrayField,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  FunctionField,
  SingleFieldList,
  ChipField,
  maxValue,
  minValue,
  required,
  useLocaleState,
  useRecordContext,
  useTranslate,
  WithRecord,
} from 'react-admin';
import { Box } from '@mui/material';
import { NumberField } from '../common/fields';
import { choices, CONTRACT_TYPES, LANGUAGE_LEVELS, LEVEL_LANGUAGES, VACANCY_STATUSES } from '../common/choices';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';
import type { Skill, Vacancy } from '../api/types';
import { skillName } from '../skills/skillName';
import { SkillsInput } from './SkillsInput';
import { VacancySuggestions } from './SuggestionsPanel';

const statusChoices = choices('vacancies', 'status', VACANCY_STATUSES);
const contractChoices = choices('placements', 'contractType', CONTRACT_TYPES);
const languageChoices = LEVEL_LANGUAGES.map((id) => ({ id, name: `resources.persons.fields.languageLevels.${id}` }));
const levelChoices = choices('persons', 'languageLevel', LANGUAGE_LEVELS);

const VacancyList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'createdAt', order: 'DESC' }}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
      <ReferenceInput key="employerId" source="employerId" reference="employers">
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} />
      </ReferenceInput>,
      <TextInput key="sector" source="sector" />,
      <TextInput key="municipality" source="municipality" />,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <ReferenceField source="employerId" reference="employers" link={false} />
      <TextField source="sector" emptyText="—" />
      <TextField source="municipality" emptyText="—" />
      <NumberField source="hoursPerWeek" emptyText="—" />
      <SelectField source="status" choices={statusChoices} />
    </ResponsiveDatagrid>
  </List>
);

const SkillChip = () => {
  const [locale] = useLocaleState();
  return (
    <FunctionField<Skill>
      render={(s) => <ChipField record={{ id: s.id, name: skillName(s, locale) }} source="name" />}
    />
  );
};

const LanguageNeeded = () => {
  const translate = useTranslate();
  const vacancy = useRecordContext<Vacancy>();
  if (!vacancy?.language) return <>—</>;
  return (
    <>
      {translate(`resources.persons.fields.languageLevels.${vacancy.language}`)}{' '}
      {vacancy.languageLevel ? translate(`resources.persons.languageLevel.${vacancy.languageLevel}`) : ''}
    </>
  );
};

const VacancyShow = () => (
  <Show>
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 2fr' }, gap: 2 }}>
      <SimpleShowLayout>
        <TextField source="title" />
        <ReferenceField source="employerId" reference="employers" link="show" />
        <TextField source="sector" emptyText="—" />
        <TextField source="municipality" emptyText="—" />
        <NumberField source="hoursPerWeek" emptyText="—" />
        <SelectField source="contractType" choices={contractChoices} />
        <FunctionField source="language" render={() => <LanguageNeeded />} />
        <ReferenceArrayField source="skillIds" reference="skills">
          <SingleFieldList linkType={false}>
            <SkillChip />
          </SingleFieldList>
        </ReferenceArrayField>
        <SelectField source="status" choices={statusChoices} />
        <TextField source="notes" emptyText="—" />
      </SimpleShowLayout>
      <Box sx={{ p: 2 }}>
        <WithRecord<Vacancy> render={(vacancy) => <VacancySuggestions vacancy={vacancy} />} />
      </Box>
    </Box>
  </Show>
);

const VacancyInputs = () => (
  <>
    <ReferenceInput source="employerId" reference="employers" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
    </ReferenceInput>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="sector" />
    <TextInput source="municipality" />
    <NumberInput source="hoursPerWeek" min={0} max={60} validate={[minValue(0), maxValue(60)]} />
    <SelectInput source="contractType" choices={contractChoices} defaultValue="none" />
    <SelectInput source="language" choices={languageChoices} emptyText="—" />
    <SelectInput source="languageLevel" choices={levelChoices} emptyText="—" />
    <SkillsInput />
    <SelectInput source="status" choices={statusChoices} defaultValue="open" />
    <TextInput source="notes" multiline fullWidth />
  </>
);

const VacancyCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <VacancyInputs />
    </SimpleForm>
  </Create>
);

const VacancyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <VacancyInputs />
    </SimpleForm>
  </Edit>
);

export default { list: VacancyList, show: VacancyShow, create: VacancyCreate, edit: VacancyEdit };
