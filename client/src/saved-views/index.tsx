import {
  BooleanField,
  BooleanInput,
  Edit,
  FunctionField,
  List,
  ReferenceField,
  SimpleForm,
  TextField,
  TextInput,
  required,
  useTranslate,
} from 'react-admin';
import { ResponsiveDatagrid } from '../layout/ResponsiveDatagrid';
import { ListActions } from '../layout/ListColumns';

/** The report pages' titles, by the name a saved view gives them (`reports/<name>`). */
const REPORT_TITLES: Record<string, string> = {
  obstacles: 'app.reports.obstacles',
  'systemic-obstacles': 'app.reports.systemic',
  themes: 'app.themesReport.title',
  placements: 'app.placementReport.title',
  'shelter-moves': 'app.shelterMoveReport.title',
  cohorts: 'app.cohorts.title',
  'theme-trend': 'app.cohorts.trendsTitle',
  activities: 'app.groupWork.report',
};

/** The list or report a view belongs to, in the reader's language. */
const ViewPlace = (_props: { source: 'resource'; sortable: false }) => {
  const translate = useTranslate();
  return (
    <FunctionField
      source="resource"
      render={(view: { resource: string }) => {
        if (view.resource.startsWith('reports/')) {
          const report = view.resource.slice('reports/'.length);
          return `${translate('app.reports.menu')} · ${translate(REPORT_TITLES[report] ?? 'app.reports.menu')}`;
        }
        return translate(`resources.${view.resource}.name`, { smart_count: 2 });
      }}
    />
  );
};

/** The user's own saved views and the organisation's shared ones: rename, share, remove. */
const SavedViewList = () => (
  <List
    actions={<ListActions />}
    sort={{ field: 'name', order: 'ASC' }}
    filters={[<TextInput key="q" source="q" alwaysOn />]}
  >
    <ResponsiveDatagrid configurable rowClick="edit" bulkActionButtons={false}>
      <TextField source="name" />
      <ViewPlace source="resource" sortable={false} />
      <BooleanField source="shared" />
      <ReferenceField source="ownerId" reference="users" link={false} />
    </ResponsiveDatagrid>
  </List>
);

const SavedViewEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm warnWhenUnsavedChanges>
      <TextInput source="name" validate={required()} />
      <BooleanInput source="shared" />
    </SimpleForm>
  </Edit>
);

export default { list: SavedViewList, edit: SavedViewEdit };
