import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every page form of the app, found in its source so that a new one is covered too. */
function pageForms(dir: string): { file: string; tag: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pageForms(full);
    if (!name.endsWith('.tsx') || name.endsWith('.test.tsx')) return [];
    const source = readFileSync(full, 'utf8');
    return [...source.matchAll(/<(?:SimpleForm|TabbedForm)\b[^>]*>/g)].map((m) => ({
      file: path.relative(dir, full),
      tag: m[0],
    }));
  });
}

describe('typed work is not lost without warning', () => {
  it('every create and edit form asks before navigating away from unsaved changes', () => {
    const forms = pageForms(path.resolve(__dirname, '..'));
    expect(forms.length).toBeGreaterThan(20);
    expect(forms.filter((f) => !/\bwarnWhenUnsavedChanges\b/.test(f.tag)).map((f) => f.file)).toEqual([]);
  });
});
