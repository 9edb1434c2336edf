/** Which role works where: the menu's sections and who sees each entry (no roles: everybody). */
export type MenuEntry =
  | { kind: 'resource'; name: string; roles?: string[] }
  | { kind: 'page'; path: string; label: string; roles?: string[] };

export interface MenuSection {
  title: string;
  entries: MenuEntry[];
}

const CASEWORK = ['admin', 'coordinator', 'caseworker', 'researcher'];
const RESEARCH = ['admin', 'coordinator', 'researcher'];
const MATCHING = ['admin', 'coordinator', 'matcher'];

const resource = (name: string, roles?: string[]): MenuEntry => ({ kind: 'resource', name, roles });
const page = (path: string, label: string, roles?: string[]): MenuEntry => ({ kind: 'page', path, label, roles });

export const MENU_SECTIONS: MenuSection[] = [
  {
    title: 'app.menu.casework',
    entries: [
      page('caseload', 'app.caseload.title'),
      resource('households'),
      resource('persons'),
      resource('tasks'),
      resource('perspective-plans', CASEWORK),
      resource('obstacles', CASEWORK),
      resource('breakthroughs', CASEWORK),
      resource('partner-organizations', CASEWORK),
    ],
  },
  {
    title: 'app.menu.research',
    entries: [
      resource('contact-logs', CASEWORK),
      resource('helpdesk-questions', CASEWORK),
      page('labelling', 'app.labelling.title', RESEARCH),
      resource('labels', RESEARCH),
      page('coding', 'app.coding.title', RESEARCH),
    ],
  },
  {
    title: 'app.menu.matching',
    entries: [
      page('pipeline', 'app.pipeline.title', MATCHING),
      resource('placements', MATCHING),
      resource('employers', MATCHING),
      resource('network-conversations', MATCHING),
    ],
  },
  {
    title: 'app.reports.menu',
    entries: [
      page('reports/obstacles', 'app.reports.obstacles', CASEWORK),
      page('reports/themes', 'app.themesReport.title', CASEWORK),
      page('reports/placements', 'app.reading.menu.placementReport', MATCHING),
    ],
  },
  {
    title: 'app.menu.settings',
    entries: [resource('integration-domains'), resource('users', ['admin']), resource('audit-events', ['admin', 'coordinator'])],
  },
];

export const visibleTo =
  (role: string | undefined) =>
  (entry: MenuEntry): boolean =>
    !entry.roles || (role !== undefined && entry.roles.includes(role));

/** The menu entries a role sees, in order. */
export function entriesFor(role: string | undefined): MenuEntry[] {
  return MENU_SECTIONS.flatMap((section) => section.entries).filter(visibleTo(role));
}
