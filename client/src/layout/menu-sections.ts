import { allows, type Permissions } from '../providers/permissions';

/**
 * The menu's sections by kind of work. An entry shows when the user's
 * permissions (from the server's table) allow what it needs: a resource its
 * list, a page the permission named with it.
 */
export type MenuEntry =
  | { kind: 'resource'; name: string }
  | { kind: 'page'; path: string; label: string; needs: [resource: string, action: string] };

export interface MenuSection {
  title: string;
  entries: MenuEntry[];
}

const resource = (name: string): MenuEntry => ({ kind: 'resource', name });
const page = (path: string, label: string, needs: [string, string]): MenuEntry => ({
  kind: 'page',
  path,
  label,
  needs,
});

export const MENU_SECTIONS: MenuSection[] = [
  {
    title: 'app.menu.casework',
    entries: [
      page('caseload', 'app.caseload.title', ['caseload', 'list']),
      resource('households'),
      resource('persons'),
      resource('tasks'),
      resource('perspective-plans'),
      resource('obstacles'),
      resource('breakthroughs'),
      resource('partner-organizations'),
      resource('activities'),
      resource('policy-signals'),
    ],
  },
  {
    title: 'app.menu.research',
    entries: [
      resource('contact-logs'),
      resource('helpdesk-questions'),
      page('labelling', 'app.labelling.title', ['contact-logs', 'bulk-label']),
      resource('labels'),
      page('coding', 'app.coding.title', ['coding-samples', 'list']),
      page('research-exports', 'app.researchExports.title', ['research-exports', 'list']),
    ],
  },
  {
    title: 'app.menu.matching',
    entries: [
      // The board is where matchers move placements along: for those who may change them.
      page('pipeline', 'app.pipeline.title', ['placements', 'update']),
      resource('placements'),
      resource('employers'),
      resource('vacancies'),
      resource('network-conversations'),
      resource('skills'),
    ],
  },
  {
    title: 'app.reports.menu',
    entries: [
      page('reports/obstacles', 'app.reports.obstacles', ['reports', 'obstacles']),
      page('reports/themes', 'app.themesReport.title', ['reports', 'themes']),
      page('reports/placements', 'app.reading.menu.placementReport', ['reports', 'placements']),
      page('reports/shelter-moves', 'app.shelterMoveReport.menu', ['reports', 'shelter-moves']),
      page('reports/cohorts', 'app.cohorts.title', ['reports', 'cohorts']),
      page('reports/trends', 'app.cohorts.trendsTitle', ['reports', 'theme-trend']),
      page('reports/activities', 'app.groupWork.report', ['reports', 'activities']),
    ],
  },
  {
    title: 'app.menu.settings',
    entries: [
      resource('imports'),
      resource('integration-domains'),
      resource('policy-parameters'),
      resource('users'),
      resource('audit-events'),
      page('retention', 'app.retention.title', ['retention', 'list']),
    ],
  },
];

export const visibleTo =
  (permissions: Permissions | undefined) =>
  (entry: MenuEntry): boolean =>
    entry.kind === 'resource'
      ? allows(permissions, entry.name, 'list')
      : allows(permissions, entry.needs[0], entry.needs[1]);

/** The menu entries these permissions show, in order. */
export function entriesFor(permissions: Permissions | undefined): MenuEntry[] {
  return MENU_SECTIONS.flatMap((section) => section.entries).filter(visibleTo(permissions));
}
