import type { ReactElement } from 'react';
import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import BarChartIcon from '@mui/icons-material/BarChart';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import InsightsIcon from '@mui/icons-material/Insights';
import TimelineIcon from '@mui/icons-material/Timeline';
import StackedLineChartIcon from '@mui/icons-material/StackedLineChart';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import KeyboardIcon from '@mui/icons-material/Keyboard';
import PieChartIcon from '@mui/icons-material/PieChart';
import CompareIcon from '@mui/icons-material/Compare';
import ArchiveIcon from '@mui/icons-material/Archive';
import AutoDeleteIcon from '@mui/icons-material/AutoDelete';
import { MENU_SECTIONS, visibleTo, type MenuEntry } from './menu-sections';
import type { Permissions } from '../providers/permissions';

const PAGE_ICONS: Record<string, ReactElement> = {
  caseload: <AssignmentIndIcon />,
  labelling: <KeyboardIcon />,
  pipeline: <ViewKanbanIcon />,
  'reports/themes': <PieChartIcon />,
  coding: <CompareIcon />,
  'research-exports': <ArchiveIcon />,
  retention: <AutoDeleteIcon />,
  'reports/obstacles': <BarChartIcon />,
  'reports/placements': <InsightsIcon />,
  'reports/cohorts': <TimelineIcon />,
  'reports/trends': <StackedLineChartIcon />,
};

const Entry = ({ entry }: { entry: MenuEntry }) =>
  entry.kind === 'resource' ? (
    <RaMenu.ResourceItem name={entry.name} />
  ) : (
    <RaMenu.Item to={`/${entry.path}`} primaryText={entry.label} leftIcon={PAGE_ICONS[entry.path]} />
  );

/**
 * The menu in the three kinds of daily work, then the reports. Each user sees
 * the entries their permissions (the server's table, from /api/auth/me) allow.
 */
export const Menu = () => {
  const { permissions } = usePermissions<Permissions>();
  const [open] = useSidebarState();
  const translate = useTranslate();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {MENU_SECTIONS.map((section) => {
        const entries = section.entries.filter(visibleTo(permissions));
        if (entries.length === 0) return null;
        return (
          <div key={section.title} role="group" aria-label={translate(section.title)}>
            {open && (
              <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
                {translate(section.title)}
              </ListSubheader>
            )}
            {entries.map((entry) => (
              <Entry key={entry.kind === 'resource' ? entry.name : entry.path} entry={entry} />
            ))}
          </div>
        );
      })}
    </RaMenu>
  );
};
