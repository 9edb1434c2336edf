import {
  BooleanField,
  Create,
  Edit,
  List,
  ReferenceField,
  SelectField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  FunctionField,
  useTranslate,
} from 'react-admin';
import { DateField, NumberField } from '../common/fields';
import {
  choices,
  CONTRACT_TYPES,
  FITS,
  PLACEMENT_STATUSES,
  PLACEMENT_TYPES,
  SOURCES,
  TWV_STATUSES,
} from '../common/choices';
import { Box } from '@mui/material';
import type { Placement } from '../api/types';
import { PlacementSubsidy, WorkPermitPanel } from './WorkPermit';
import { useApi } from '../common/useApi';
import type { DoorbraakMessages } from '../i18n/en';
import { PlacementInputs } from './PlacementInputs';
import { END_REASONS } from './transitions';
import { formatDay } from '../common/dates';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

type PlacementTexts = DoorbraakMessages['resources']['placements'];
const c = <F extends keyof PlacementTexts, V extends keyof PlacementTexts[F] & string>(
  field: F,
  values: readonly V[],
) => choices('placements', field, values);

const PlacementList = () => {
  // The sector filter matches the exact text: offer the sectors in use.
  const { data: sectors = [] } = useApi('getPlacementSectors');
  return (
    <List
      actions={<ListActions />}
      sort={{ field: 'startDate', order: 'DESC' }}
      filters={[
        <TextInput key="q" source="q" alwaysOn />,
        <SelectInput key="status" source="status" choices={c('status', PLACEMENT_STATUSES)} alwaysOn />,
        <SelectInput key="type" source="type" choices={c('type', PLACEMENT_TYPES)} />,
        <SelectInput key="contractType" source="contractType" choices={c('contractType', CONTRACT_TYPES)} />,
        <SelectInput
          key="sector"
          source="sector"
          choices={sectors.map((sector) => ({ id: sector, name: sector }))}
          translateChoice={false}
        />,
      ]}
    >
      <ResponsiveDatagrid configurable rowClick="show" bulkActionButtons={false}>
        <ReferenceField source="personId" reference="persons" link="show" />
        <ReferenceField source="employerId" reference="employers" link="show" />
        <SelectField source="type" choices={c('type', PLACEMENT_TYPES)} />
        <SelectField source="contractType" choices={c('contractType', CONTRACT_TYPES)} />
        <NumberField source="hoursPerWeek" />
        <DateField source="startDate" />
        <SelectField source="status" choices={c('status', PLACEMENT_STATUSES)} />
        <BooleanField source="longTerm" sortable={false} />
      </ResponsiveDatagrid>
    </List>
  );
};

const History = () => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="statusHistory"
      render={(r: { statusHistory?: { status: string; on: string }[] }) =>
        (r.statusHistory ?? [])
          .map((h) => `${translate(`resources.placements.status.${h.status}`)} ${formatDay(h.on)}`)
          .join(' → ')
      }
    />
  );
};

const Signals = () => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="signals"
      render={(r: Placement) =>
        r.signals.length === 0 ? (
          '—'
        ) : (
          <Box component="ul" sx={{ m: 0, pl: 2 }} data-testid="signals">
            {r.signals.map((s) => (
              <li key={s.id}>
                {formatDay(s.date)} · {translate(`resources.placements.signalKind.${s.kind}`)}
                {s.actionTaken ? ` · ${s.actionTaken}` : ''}
                {s.reported && s.partnerOrganizationId && (
                  <>
                    {' · '}
                    {translate('app.placementRules.signal.partnerOrganizationId')}{' '}
                    <ReferenceField
                      record={s}
                      source="partnerOrganizationId"
                      reference="partner-organizations"
                      link={false}
                    />
                  </>
                )}
              </li>
            ))}
          </Box>
        )
      }
    />
  );
};

const PlacementShow = () => (
  <Show>
    <SimpleShowLayout>
      <WorkPermitPanel />
      <ReferenceField source="personId" reference="persons" link="show" />
      <ReferenceField source="employerId" reference="employers" link="show" emptyText="—" />
      <SelectField source="type" choices={c('type', PLACEMENT_TYPES)} />
      <SelectField source="contractType" choices={c('contractType', CONTRACT_TYPES)} />
      <BooleanField source="longTerm" />
      <NumberField source="hoursPerWeek" emptyText="—" />
      <DateField source="startDate" emptyText="—" />
      <DateField source="endDate" emptyText="—" />
      <TextField source="jobTitle" emptyText="—" />
      <TextField source="sector" emptyText="—" />
      <SelectField source="fit" choices={c('fit', FITS)} emptyText="—" />
      <SelectField source="source" choices={c('source', SOURCES)} emptyText="—" />
      <SelectField source="status" choices={c('status', PLACEMENT_STATUSES)} />
      <SelectField
        source="endReason"
        label="app.guards.fields.endReason"
        choices={END_REASONS.map((id) => ({ id, name: `app.guards.endReasons.${id}` }))}
        emptyText="—"
      />
      <History />
      <NumberField source="hourlyWage" emptyText="—" options={{ style: 'currency', currency: 'EUR' }} />
      <NumberField source="actualHoursPerWeek" emptyText="—" />
      <DateField source="uwvNotifiedOn" emptyText="—" />
      <SelectField source="twvStatus" choices={c('twvStatus', TWV_STATUSES)} />
      <DateField source="twvAppliedOn" emptyText="—" />
      <DateField source="twvDecidedOn" emptyText="—" />
      <Signals />
      <PlacementSubsidy />
      <ReferenceField source="matcherId" reference="users" link={false} emptyText="—" />
      <TextField source="notes" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);

const PlacementCreate = () => (
  <Create redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <PlacementInputs />
    </SimpleForm>
  </Create>
);

const PlacementEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm warnWhenUnsavedChanges>
      <PlacementInputs showPerson={false} />
    </SimpleForm>
  </Edit>
);

export default { list: PlacementList, show: PlacementShow, create: PlacementCreate, edit: PlacementEdit };
