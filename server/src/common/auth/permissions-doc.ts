import { ROLES } from '../../auth/roles.js';
import { PERMISSIONS, type ResourceRule } from './permissions.js';

export const DOC_START =
  '<!-- permission-table:start (generated from server/src/common/auth/permissions.ts; a test keeps it equal) -->';
export const DOC_END = '<!-- permission-table:end -->';

/** The permission table as Markdown, for docs/api.md: one row per resource, then the reasons and row limits. */
export function permissionTableMarkdown(): string {
  const rules = Object.entries(PERMISSIONS as Record<string, ResourceRule>);
  const cell = (rule: ResourceRule, actions: readonly string[]) =>
    actions.length === 0 ? '—' : actions.length === rule.actions.length ? 'all' : actions.join(', ');
  const lines = [
    `| Resource | Actions | ${ROLES.join(' | ')} |`,
    `|---|---|${ROLES.map(() => '---').join('|')}|`,
    ...rules.map(
      ([resource, rule]) =>
        `| \`${resource}\` | ${rule.actions.join(', ')} | ${ROLES.map((role) => cell(rule, rule.roles[role])).join(' | ')} |`,
    ),
    '',
    'Why, and the limits on rows inside an allowed action:',
    '',
    ...rules.map(([resource, rule]) => `- \`${resource}\`: ${rule.reason}${rule.rows ? ` *Rows:* ${rule.rows}` : ''}`),
  ];
  return [DOC_START, ...lines, DOC_END].join('\n');
}
