import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  await globalThis.__EMBEDDED__?.stop();
  if (globalThis.__TEST_DIR__) rmSync(globalThis.__TEST_DIR__, { recursive: true, force: true });
}
