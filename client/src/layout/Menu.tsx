import { Menu as RaMenu } from 'react-admin';
import BarChartIcon from '@mui/icons-material/BarChart';

/** The resources the user may see, then the reports. */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <RaMenu.ResourceItems />
    <RaMenu.Item to="/reports/obstacles" primaryText="app.reports.obstacles" leftIcon={<BarChartIcon />} />
  </RaMenu>
);
