import { Menu as RaMenu } from 'react-admin';
import BarChartIcon from '@mui/icons-material/BarChart';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import InsightsIcon from '@mui/icons-material/Insights';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import PieChartIcon from '@mui/icons-material/PieChart';
import CompareIcon from '@mui/icons-material/Compare';

/** The resources the user may see, then the reports. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.Item to="/caseload" primaryText="app.caseload.title" leftIcon={<AssignmentIndIcon />} />
    <RaMenu.ResourceItems />
    <RaMenu.Item to="/labelling" primaryText="app.labelling.title" leftIcon={<KeyboardIcon />} />
    <RaMenu.Item to="/pipeline" primaryText="app.pipeline.title" leftIcon={<ViewKanbanIcon />} />
    <RaMenu.Item to="/reports/themes" primaryText="app.themesReport.title" leftIcon={<PieChartIcon />} />
    <RaMenu.Item to="/coding" primaryText="app.coding.title" leftIcon={<CompareIcon />} />
    <RaMenu.Item to="/reports/obstacles" primaryText="app.reports.obstacles" leftIcon={<BarChartIcon />} />
    <RaMenu.Item to="/reports/placements" primaryText="app.placementReport.title" leftIcon={<InsightsIcon />} />
  </RaMenu>
);
