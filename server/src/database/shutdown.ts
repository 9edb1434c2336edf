/**
 * Ctrl-C/SIGTERM: stop taking requests, close the pool, stop the embedded
 * PostgreSQL, then exit, in that order, within 20 seconds.
 */
export function takeOverShutdownSignals(shutdown: (signal: string) => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      const force = setTimeout(() => process.exit(1), 20_000);
      force.unref();
      shutdown(signal)
        .then(() => process.exit(0))
        .catch(() => process.exit(1));
    });
  }
}
