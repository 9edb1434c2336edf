import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOC_END, DOC_START, permissionTableMarkdown } from './permissions-doc.js';
import { PERMISSIONS, can, permissionsOf } from './permissions.js';
import { ROLES } from '../../auth/roles.js';

const DOCS = ['api.md', 'security.md'].map((name) => path.resolve(process.cwd(), '../docs', name));

describe('the permission table', () => {
  it.each(DOCS)('is what %s shows (PERMISSIONS_DOC_WRITE=1 rewrites it)', (file) => {
    const doc = readFileSync(file, 'utf8');
    const start = doc.indexOf(DOC_START);
    const end = doc.indexOf(DOC_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const shown = doc.slice(start, end + DOC_END.length);
    if (process.env.PERMISSIONS_DOC_WRITE === '1') writeFileSync(file, doc.replace(shown, permissionTableMarkdown()));
    else expect(shown).toBe(permissionTableMarkdown());
  });

  it('hands each role exactly its row', () => {
    for (const role of ROLES) {
      const mine = permissionsOf(role);
      for (const [resource, rule] of Object.entries(PERMISSIONS)) {
        for (const action of rule.actions)
          expect([resource, action, mine[resource].includes(action)]).toEqual([
            resource,
            action,
            can(role, resource as keyof typeof PERMISSIONS, action),
          ]);
      }
    }
  });

  it('keeps the purpose limits the organisation promised', () => {
    for (const resource of [
      'contact-logs',
      'helpdesk-questions',
      'consents',
      'referrals',
      'coding-samples',
      'audit-events',
      'households',
    ] as const) {
      expect([resource, permissionsOf('matcher')[resource]]).toEqual([resource, []]);
    }
    expect(permissionsOf('matcher').reports).toEqual(['placements']);
    for (const resource of ['placements', 'employers', 'network-conversations'] as const)
      expect(permissionsOf('caseworker')[resource]).toEqual(['list', 'show']);
  });
});
