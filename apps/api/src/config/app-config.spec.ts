import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, looksRandomEnough } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://u:p@localhost:5432/db',
  REDIS_URL: 'redis://localhost:6379',
  JWT_SECRET: 'x'.repeat(40),
};

const production = {
  ...valid,
  NODE_ENV: 'production',
  DATABASE_URL: `postgres://mandate:${'3f9a1c07be52d6e48a0f7c2d91b3e5a6'.repeat(2)}@postgres:5432/mandate`,
  JWT_SECRET: 'kM2v9QxT4bZp7LrW1nYc8HdF3sJg6UeA0oVi5RtXqBw',
  APP_ORIGIN: 'https://mandate.quangninh.gov.vn',
};

/** The values docker/.env.example ships with, read from the file itself. */
const exampleEnv = (): Record<string, string> =>
  Object.fromEntries(
    readFileSync(join(__dirname, '../../../../docker/.env.example'), 'utf8')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

describe(loadConfig.name, () => {
  it('applies defaults to a minimal valid environment', () => {
    const sut = loadConfig(valid);
    expect(sut.PORT).toBe(3000);
    expect(sut.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect(sut.cookieSecure).toBe(false);
    expect(sut.HOST).toBe('127.0.0.1');
  });

  it('reads an empty value as unset, as compose passes an optional setting left out of docker/.env', () => {
    const sut = loadConfig({ ...valid, SMTP_URL: '', MAIL_FROM: '', LOG_LEVEL: '', DATABASE_POOL_SIZE: '' });
    expect(sut.SMTP_URL).toBeUndefined();
    expect(sut.MAIL_FROM).toBe('Mandate <no-reply@mandate.local>');
    expect(sut.DATABASE_POOL_SIZE).toBe(10);
    expect(() => loadConfig({ ...valid, JWT_SECRET: '' })).toThrow(/JWT_SECRET/);
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
    expect(() => loadConfig({ ...production, JWT_SECRET: 'change-me-'.repeat(4) })).toThrow(/JWT_SECRET: is a placeholder/);
    expect(() => loadConfig({ ...production, SEED_DEMO: 'true' })).toThrow(/SEED_DEMO/);
    expect(() => loadConfig(production)).not.toThrow();
  });

  it('uses secure cookies in production unless told otherwise', () => {
    expect(loadConfig(production).cookieSecure).toBe(true);
  });

  it('serves the OpenAPI document outside production, and in production only when enabled', () => {
    expect(loadConfig(valid).swaggerEnabled).toBe(true);
    expect(loadConfig(production).swaggerEnabled).toBe(false);
    expect(loadConfig({ ...production, SWAGGER_ENABLED: 'true' }).swaggerEnabled).toBe(true);
  });

  it.each([
    ['32 times the same letter', 'a'.repeat(32)],
    ['64 times the same letter', 'a'.repeat(64)],
    ['a short random string', 'kM2v9QxT4bZp7LrW1nYc8HdF3sJg6Ue'],
    ['a repeated pattern', 'abcd'.repeat(16)],
  ])('refuses a weak JWT_SECRET in production: %s', (_what, secret) => {
    expect(() => loadConfig({ ...production, JWT_SECRET: secret })).toThrow(/JWT_SECRET: must hold at least 32 random bytes/);
  });

  it('refuses a weak database password in production', () => {
    expect(() => loadConfig({ ...production, DATABASE_URL: 'postgres://mandate:mandate123@postgres:5432/mandate' })).toThrow(/DATABASE_URL: has a weak password/);
    expect(() => loadConfig({ ...production, DATABASE_OWNER_URL: 'postgres://mandate:postgres@postgres:5432/mandate' })).toThrow(/DATABASE_OWNER_URL: has a weak password/);
  });

  it('refuses every value of docker/.env.example in production', () => {
    const example = exampleEnv();
    expect(() => loadConfig({ ...production, JWT_SECRET: example.JWT_SECRET })).toThrow(/JWT_SECRET: is a placeholder/);
    expect(() => loadConfig({ ...production, DATABASE_URL: `postgres://mandate_app:${example.APP_DB_PASSWORD}@postgres:5432/mandate` })).toThrow(/DATABASE_URL: holds a placeholder/);
    expect(() => loadConfig({ ...production, DATABASE_OWNER_URL: `postgres://mandate:${example.POSTGRES_PASSWORD}@postgres:5432/mandate` })).toThrow(/DATABASE_OWNER_URL: holds a placeholder/);
    expect(() => loadConfig({ ...production, APP_ORIGIN: example.APP_ORIGIN })).toThrow(/APP_ORIGIN: is the example/);
  });

  it('accepts secrets made the way the documentation says (openssl rand -base64 48, -hex 32)', () => {
    for (let i = 0; i < 200; i++) {
      expect(looksRandomEnough(randomBytes(48).toString('base64'))).toBe(true);
      expect(looksRandomEnough(randomBytes(32).toString('hex'))).toBe(true);
      expect(looksRandomEnough(randomBytes(32).toString('base64url'))).toBe(true);
    }
  });
});
