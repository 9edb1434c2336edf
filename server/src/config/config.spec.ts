import { ConfigError, loadConfig, loadDatabaseConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to port 3000, the embedded database and demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, databaseUrl: undefined, seedDemo: true, logLevel: 'info' });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('requires JWT_SECRET with DATABASE_URL and turns demo data off by default', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db/doorbraak' })).toThrow(/JWT_SECRET is required/);
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db/doorbraak',
      DATABASE_OWNER_URL: 'postgres://o:p@db/doorbraak',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config.seedDemo).toBe(false);
    expect(config.databaseOwnerUrl).toBe('postgres://o:p@db/doorbraak');
  });

  it('requires the owner role next to the runtime role, and only with it', () => {
    const secret = 'x'.repeat(32);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db/doorbraak', JWT_SECRET: secret })).toThrow(
      /DATABASE_OWNER_URL is required/,
    );
    expect(() => loadConfig({ DATABASE_OWNER_URL: 'postgres://o:p@db/doorbraak' })).toThrow(
      /only used together with DATABASE_URL/,
    );
    expect(() =>
      loadConfig({ DATABASE_URL: 'postgres://u:p@db/doorbraak', DATABASE_OWNER_URL: 'mysql://o', JWT_SECRET: secret }),
    ).toThrow(/DATABASE_OWNER_URL must start with postgres/);
  });

  it('lists every problem at once, with the value that was wrong', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        SEED_DEMO: 'yes',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        JWT_SECRET: 'short',
      });
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

describe('loadConfig: the values an operator gets wrong', () => {
  const problemsOf = (env: NodeJS.ProcessEnv): string => {
    try {
      loadConfig(env);
    } catch (error) {
      return (error as ConfigError).problems.join('\n');
    }
    return '';
  };

  it('refuses an empty PORT and port 0 instead of listening on a random port', () => {
    expect(problemsOf({ PORT: '' })).toMatch(/PORT must be a whole number from 1 to 65535 \(got ""\)/);
    expect(problemsOf({ PORT: '0' })).toMatch(/PORT must be a whole number from 1 to 65535/);
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
  });

  it('accepts CORS_ORIGIN only as a list of http(s) origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGIN: 'https://a.example.org, http://localhost:5173/' }).corsOrigins).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
    expect(problemsOf({ CORS_ORIGIN: 'not-a-url' })).toMatch(
      /CORS_ORIGIN must be a comma-separated list of origins .*"not-a-url"/,
    );
    expect(problemsOf({ CORS_ORIGIN: 'ftp://files.example.org' })).toMatch(/CORS_ORIGIN/);
    expect(problemsOf({ CORS_ORIGIN: 'https://a.example.org/app' })).toMatch(
      /CORS_ORIGIN .*"https:\/\/a.example.org\/app"/,
    );
    expect(problemsOf({ CORS_ORIGIN: '*' })).toMatch(/CORS_ORIGIN/);
  });

  it('reads JWT_EXPIRES_IN as minutes, hours or days and refuses a bare number', () => {
    expect(loadConfig({}).jwtExpiresIn).toBe(12 * 3600);
    expect(loadConfig({ JWT_EXPIRES_IN: '30m' }).jwtExpiresIn).toBe(1800);
    expect(loadConfig({ JWT_EXPIRES_IN: '7d' }).jwtExpiresIn).toBe(7 * 86400);
    expect(problemsOf({ JWT_EXPIRES_IN: '3600' })).toMatch(
      /JWT_EXPIRES_IN must be .* like 30m, 12h or 7d \(got "3600"\)/,
    );
    expect(problemsOf({ JWT_EXPIRES_IN: 'forever' })).toMatch(/JWT_EXPIRES_IN/);
    expect(problemsOf({ JWT_EXPIRES_IN: '0h' })).toMatch(/JWT_EXPIRES_IN/);
  });

  it('sends HSTS only when HSTS=true', () => {
    expect(loadConfig({}).hsts).toBe(false);
    expect(loadConfig({ HSTS: 'true' }).hsts).toBe(true);
    expect(problemsOf({ HSTS: 'on' })).toMatch(/HSTS must be "true" or "false"/);
  });

  it('refuses the placeholder secret docker-compose uses when JWT_SECRET is not set', () => {
    expect(problemsOf({ DATABASE_URL: 'postgres://u:p@db/doorbraak', JWT_SECRET: 'change-me' })).toMatch(
      /JWT_SECRET must be at least 32/,
    );
  });
});

describe('loadDatabaseConfig (the operator commands)', () => {
  it('needs only the database: no JWT_SECRET with DATABASE_URL, and server settings are not read', () => {
    expect(
      loadDatabaseConfig({
        DATABASE_URL: 'postgres://u:p@db/doorbraak',
        DATABASE_OWNER_URL: 'postgres://o:p@db/doorbraak',
        PORT: 'eighty',
        JWT_SECRET: 'short',
      }),
    ).toEqual({
      databaseUrl: 'postgres://u:p@db/doorbraak',
      databaseOwnerUrl: 'postgres://o:p@db/doorbraak',
      dataDir: expect.stringMatching(/\.data$/),
    });
  });

  it('still refuses a DATABASE_URL that is not PostgreSQL', () => {
    expect(() => loadDatabaseConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL must start with postgres/);
  });

  it('says every problem on one line', () => {
    expect(() => loadConfig({ PORT: '0', LOG_LEVEL: 'loud' })).toThrow(
      /^Invalid configuration: PORT must .*; LOG_LEVEL must be one of [^\n]*$/,
    );
  });
});
