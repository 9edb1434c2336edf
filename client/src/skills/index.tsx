import {
  BooleanInput,
  Create,
  Edit,
  FunctionField,
  List,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Typography } from '@mui/material';
import { choices, SKILL_KINDS } from '../common/choices';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';
import type { Skill } from '../api/types';
import { skillName, skillNameField } from './skillName';

const kindChoices = choices('skills', 'kind', SKILL_KINDS);

/** The shared list and the organisation's own skills, searchable in Dutch, English and Ukrainian. */
const SkillList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      actions={<ListActions />}
      sort={{ field: skillNameField(locale), order: 'ASC' }}
      perPage={50}
      filters={[
        <TextInput key="q" source="q" alwaysOn />,
        <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn />,
        <TextInput key="sector" source="sector" />,
        <BooleanInput key="shared" source="shared" />,
      ]}
    >
      <ResponsiveDatagrid
        configurable
        rowClick={(_id, _resource, record) => ((record as Skill).organizationId ? 'edit' : false)}
        bulkActionButtons={false}
      >
        <FunctionField
          source={skillNameField(locale)}
          label="resources.skills.name"
          render={(record: Skill) => skillName(record, locale)}
        />
        <SelectField source="kind" choices={kindChoices} />
        <TextField source="sector" emptyText="—" />
        <FunctionField
          source="organizationId"
          sortable={false}
          render={(record: Skill) => (record.organizationId ? '✓' : '')}
        />
      </ResponsiveDatagrid>
    </List>
  );
};

const SkillInputs = () => (
  <>
    <SelectInput source="kind" choices={kindChoices} validate={required()} defaultValue="skill" />
    <TextInput source="nameNl" validate={required()} fullWidth />
    <TextInput source="nameEn" fullWidth />
    <TextInput source="nameUk" fullWidth />
    <TextInput source="sector" />
  </>
);

const SharedNotice = () => {
  const record = useRecordContext<Skill>();
  const translate = useTranslate();
  return record && !record.organizationId ? (
    <Typography color="text.secondary">{translate('resources.skills.sharedHelp')}</Typography>
  ) : null;
};

const SkillCreate = () => (
  <Create redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <SkillInputs />
    </SimpleForm>
  </Create>
);

const SkillEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <SharedNotice />
      <SkillInputs />
    </SimpleForm>
  </Edit>
);

export default { list: SkillList, create: SkillCreate, edit: SkillEdit };
