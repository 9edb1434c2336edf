import { Stack } from '@mui/material';
import {
  BooleanField,
  Create,
  Edit,
  FunctionField,
  List,
  NullableBooleanInput,
  ReferenceArrayField,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  SingleFieldList,
  ChipField,
  TextField,
  TextInput,
  useRecordContext,
  Labeled,
  RecordContextProvider,
} from 'react-admin';
import { DateField } from '../common/fields';
import { choices, OBSTACLE_STATUSES, SEVERITIES } from '../common/choices';
import { useDomains } from '../integration-domains/useDomains';
import { ObstacleInputs } from './ObstacleInputs';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';
import type { Obstacle } from '../api/types';

const statusChoices = choices('obstacles', 'status', OBSTACLE_STATUSES);
const severityChoices = choices('obstacles', 'severity', SEVERITIES);

const DomainField = ({ label }: { source: 'domainKey'; label?: string }) => {
  const { nameOf } = useDomains();
  return <FunctionField source="domainKey" label={label} render={(r: { domainKey: string }) => nameOf(r.domainKey)} />;
};

const DomainFilter = (props: { source: string; alwaysOn?: boolean }) => {
  const { choices: domainChoices } = useDomains();
  return <SelectInput {...props} choices={domainChoices} />;
};

const ObstacleList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'identifiedOn', order: 'DESC' }}
    filters={[
      <TextInput key="q" source="q" alwaysOn />,
      <DomainFilter key="domainKey" source="domainKey" alwaysOn />,
      <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
      <NullableBooleanInput key="systemic" source="systemic" />,
      <ReferenceInput key="householdId" source="householdId" reference="households">
        <AutocompleteInput optionText="reference" filterToQuery={(q) => ({ q })} />
      </ReferenceInput>,
      <ReferenceInput key="ownerId" source="ownerId" reference="users">
        <AutocompleteInput optionText="fullName" />
      </ReferenceInput>,
    ]}
  >
    <ResponsiveDatagrid configurable rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <DomainField source="domainKey" />
      <SelectField source="status" choices={statusChoices} />
      <SelectField source="severity" choices={severityChoices} />
      <ReferenceField source="personId" reference="persons" link="show" />
      <DateField source="identifiedOn" />
      <BooleanField source="systemic" />
    </ResponsiveDatagrid>
  </List>
);

const LinkedObstacles = ({ source, label }: { source: string; label?: string }) => (
  <ReferenceArrayField source={source} reference="obstacles" label={label}>
    <SingleFieldList linkType="show" empty={<span>—</span>}>
      <ChipField source="title" size="small" />
    </SingleFieldList>
  </ReferenceArrayField>
);

/**
 * Links in force (both obstacles open or in progress) and links that are
 * history: a resolved or unresolvable obstacle "was blocking".
 */
const BlockingLinks = () => {
  const record = useRecordContext<Obstacle>();
  if (!record) return null;
  const past = (all?: string[], active?: string[]) => (all ?? []).filter((id) => !(active ?? []).includes(id));
  const history = {
    ...record,
    pastBlocksIds: past(record.blocksIds, record.activeBlocksIds),
    pastBlockedByIds: past(record.blockedByIds, record.activeBlockedByIds),
  };
  return (
    <RecordContextProvider value={history}>
      <Stack spacing={1}>
        <Labeled label="resources.obstacles.fields.blocksIds">
          <LinkedObstacles source="activeBlocksIds" />
        </Labeled>
        <Labeled label="resources.obstacles.fields.blockedByIds">
          <LinkedObstacles source="activeBlockedByIds" />
        </Labeled>
        {history.pastBlocksIds.length > 0 && (
          <Labeled label="app.guards.wasBlocking">
            <LinkedObstacles source="pastBlocksIds" />
          </Labeled>
        )}
        {history.pastBlockedByIds.length > 0 && (
          <Labeled label="app.guards.wasBlockedBy">
            <LinkedObstacles source="pastBlockedByIds" />
          </Labeled>
        )}
      </Stack>
    </RecordContextProvider>
  );
};

const ObstacleShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" />
      <DomainField source="domainKey" />
      <ReferenceField source="personId" reference="persons" link="show" />
      <SelectField source="status" choices={statusChoices} />
      <SelectField source="severity" choices={severityChoices} />
      <DateField source="identifiedOn" />
      <DateField source="resolvedOn" emptyText="—" />
      <TextField source="description" emptyText="—" />
      <BooleanField source="systemic" />
      <TextField source="systemicNote" emptyText="—" />
      <BlockingLinks />
    </SimpleShowLayout>
  </Show>
);

const EditInputs = () => {
  const record = useRecordContext<Obstacle>();
  return <ObstacleInputs householdId={record?.householdId} />;
};

const ObstacleEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <EditInputs />
    </SimpleForm>
  </Edit>
);

const ObstacleCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <ReferenceInput source="personId" reference="persons">
        <AutocompleteInput optionText="firstName" filterToQuery={(q) => ({ q })} />
      </ReferenceInput>
      <ObstacleInputs />
    </SimpleForm>
  </Create>
);

export default { list: ObstacleList, show: ObstacleShow, edit: ObstacleEdit, create: ObstacleCreate };
