/** Stops the run's throw-away cluster, which deletes it. */
export default async function globalTeardown() {
  await globalThis.__EMBEDDED__?.stop();
}
