import {
  AutocompleteInput,
  Create,
  DateInput,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
  type RaRecord,
} from 'react-admin';
import { DateField } from '../common/fields';
import { Box, Typography } from '@mui/material';
import { choices, PLAN_STATUSES } from '../common/choices';
import { useDomains } from '../integration-domains/useDomains';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

const statusChoices = choices('perspective-plans', 'status', PLAN_STATUSES);

const PlanList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'nextReviewDate', order: 'ASC' }}
    filterDefaultValues={{ status: 'active' }}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <SelectInput key="status" source="status" choices={statusChoices} />,
      <ReferenceInput key="ownerId" source="ownerId" reference="users">
        <AutocompleteInput optionText="fullName" />
      </ReferenceInput>,
    ]}
  >
    <ResponsiveDatagrid
      configurable
      rowClick={(_id, _resource, record) => `/persons/${record.personId}/show`}
      bulkActionButtons={false}
    >
      <ReferenceField source="personId" reference="persons" link={false} />
      <TextField source="perspective" />
      <SelectField source="status" choices={statusChoices} />
      <DateField source="startDate" />
      <DateField source="nextReviewDate" />
      <ReferenceField source="ownerId" reference="users" link={false} />
    </ResponsiveDatagrid>
  </List>
);

/** One goal per domain, each optional. */
const GoalInputs = () => {
  const { domains, nameOf } = useDomains();
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="subtitle2">Goals</Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2 }}>
        {domains.map((d) => (
          <TextInput key={d.key} source={`goals.${d.key}`} label={nameOf(d.key)} helperText={false} />
        ))}
      </Box>
    </Box>
  );
};

const PlanInputs = ({ isNew }: { isNew: boolean }) => (
  <>
    {isNew && (
      <ReferenceInput source="personId" reference="persons">
        <AutocompleteInput optionText="firstName" validate={required()} filterToQuery={(q) => ({ q })} />
      </ReferenceInput>
    )}
    <TextInput source="perspective" multiline fullWidth minRows={2} />
    <SelectInput source="status" choices={statusChoices} defaultValue="active" />
    <Box sx={{ display: 'flex', gap: 2 }}>
      <DateInput source="startDate" />
      <DateInput source="nextReviewDate" />
    </Box>
    <ReferenceInput source="ownerId" reference="users">
      <AutocompleteInput optionText="fullName" />
    </ReferenceInput>
    <GoalInputs />
  </>
);

const toPerson = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => `persons/${data?.personId}/show`;

const PlanCreate = () => (
  <Create redirect={toPerson}>
    <SimpleForm warnWhenUnsavedChanges>
      <PlanInputs isNew />
    </SimpleForm>
  </Create>
);

const PlanEdit = () => (
  <Edit mutationMode="pessimistic" redirect={toPerson}>
    <SimpleForm warnWhenUnsavedChanges>
      <PlanInputs isNew={false} />
    </SimpleForm>
  </Edit>
);

export default { list: PlanList, create: PlanCreate, edit: PlanEdit };
