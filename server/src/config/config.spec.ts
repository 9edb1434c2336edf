import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database and demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, seedDemo: true, logLevel: 'info' });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('requires JWT_SECRET with DATABASE_URL and turns demo data off by default', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db/doorbraak' })).toThrow(/JWT_SECRET is required/);
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db/doorbraak', JWT_SECRET: 'x'.repeat(32) });
    expect(config.seedDemo).toBe(false);
  });

  it('lists every problem at once, with the value that was wrong', () => {
    try {
      loadConfig({ PORT: 'eighty', SEED_DEMO: 'yes', LOG_LEVEL: 'loud', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT must be a whole number .*"eighty"/);
      expect(problems).toMatch(/SEED_DEMO must be "true" or "false" \(got "yes"\)/);
      expect(problems).toMatch(/LOG_LEVEL must be one of/);
      expect(problems).toMatch(/DATABASE_URL must start with postgres/);
      expect(problems).toMatch(/JWT_SECRET must be at least 32/);
    }
  });
});
