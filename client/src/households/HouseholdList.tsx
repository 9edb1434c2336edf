import {
  CreateButton,
  FilterButton,
  List,
  ListNoResults,
  ReferenceArrayField,
  SearchInput,
  SelectField,
  SelectInput,
  SingleFieldList,
  ChipField,
  TextField,
  TopToolbar,
  ExportButton,
  useGetList,
  useTranslate,
} from 'react-admin';
import { DateField } from '../common/fields';
import { Box, Typography } from '@mui/material';
import HomeIcon from '@mui/icons-material/Home';
import { choices, HOUSEHOLD_STATUSES, PROTECTION_BASES, SHELTER_TYPES, TRACKS } from '../common/choices';
import { AssignedToMeInput } from './AssignedToMeInput';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListColumnsButton } from '../layout/ListColumns';
import { lazyInput } from '../common/lazyViews';

// Shown only once someone adds the filter; its autocomplete is fetched then, not with the list.
const MunicipalityFilterInput = lazyInput(() => import('./MunicipalityInput').then((m) => m.MunicipalityFilterInput));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <MunicipalityFilterInput key="municipality" source="municipality" />,
  <SelectInput key="track" source="track" choices={choices('households', 'track', TRACKS)} />,
  <SelectInput key="status" source="status" choices={choices('households', 'status', HOUSEHOLD_STATUSES)} />,
  <SelectInput key="shelterType" source="shelterType" choices={choices('households', 'shelterType', SHELTER_TYPES)} />,
  <AssignedToMeInput key="assigneeIds" source="assigneeIds" alwaysOn />,
];

const ListActions = () => (
  <TopToolbar>
    <ListColumnsButton />
    <FilterButton />
    <CreateButton />
    <ExportButton />
  </TopToolbar>
);

/** Says what to do when there is nothing yet, instead of an empty table. */
export const HouseholdsEmpty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', m: 4 }}>
      <HomeIcon sx={{ fontSize: 64, opacity: 0.5 }} />
      <Typography variant="h6">{translate('app.empty.households')}</Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('app.empty.householdsHint')}
      </Typography>
      <CreateButton variant="contained" />
    </Box>
  );
};

/**
 * The list opens filtered on active households, and react-admin only shows `empty` without
 * filters. So an empty filtered list asks whether the organisation has any household at all:
 * none → what to do first; some → the usual "no results" with "clear filters".
 */
export const HouseholdsNoResults = () => {
  const { total, isPending } = useGetList('households', {
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'reference', order: 'ASC' },
    filter: {},
  });
  if (isPending) return null;
  return total === 0 ? <HouseholdsEmpty /> : <ListNoResults />;
};

/** Offered in the column chooser, not shown until chosen. */
const HIDDEN_COLUMNS = ['protectionBasis', 'protectionEndDate', 'updatedAt'];

export const HouseholdList = () => {
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'reference', order: 'ASC' }}
      filterDefaultValues={{ status: 'active' }}
      empty={<HouseholdsEmpty />}
    >
      <ResponsiveDatagrid
        configurable
        omit={HIDDEN_COLUMNS}
        rowClick="show"
        bulkActionButtons={false}
        empty={<HouseholdsNoResults />}
      >
        <TextField source="reference" />
        <TextField source="municipality" />
        <SelectField source="track" choices={choices('households', 'track', TRACKS)} />
        <SelectField source="shelterType" choices={choices('households', 'shelterType', SHELTER_TYPES)} />
        <DateField source="shelterEndDate" />
        <SelectField source="status" choices={choices('households', 'status', HOUSEHOLD_STATUSES)} />
        <ReferenceArrayField source="assigneeIds" reference="users" sortable={false}>
          <SingleFieldList linkType={false}>
            <ChipField source="fullName" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <SelectField source="protectionBasis" choices={choices('households', 'protectionBasis', PROTECTION_BASES)} />
        <DateField source="protectionEndDate" />
        <DateField source="updatedAt" />
      </ResponsiveDatagrid>
    </List>
  );
};
