import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/db',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(40),
};

describe(loadConfig.name, () => {
  it('applies defaults to a minimal valid environment', () => {
    const sut = loadConfig(valid);
    expect(sut.PORT).toBe(3000);
    expect(sut.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(sut.cookieSecure).toBe(false);
    expect(sut.HOST).toBe('127.0.0.1');
  });

  it('believes no X-Forwarded-For unless proxies are configured', () => {
    expect(loadConfig(valid).TRUST_PROXY).toBe('false');
  });

  it('names every bad value with its reason', () => {
    try {
      loadConfig({ ...valid, PORT: 'eighty', JWT_SECRET: 'short', DATABASE_URL: 'mysql://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/JWT_SECRET: must be at least 32 characters/);
      expect(problems).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
    }
  });

  it('refuses placeholder secrets and demo accounts in production', () => {
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production', JWT_SECRET: 'change-me-'.repeat(4) })).toThrow(/JWT_SECRET: is a placeholder/);
    expect(() => loadConfig({ ...valid, NODE_ENV: 'production', SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
  });

  it('uses secure cookies in production unless told otherwise', () => {
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).cookieSecure).toBe(true);
  });
});
