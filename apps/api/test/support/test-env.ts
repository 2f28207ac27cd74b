/** Settings every integration test shares; the database and Redis come from scripts/test-all.sh. */
export function applyTestEnv(): void {
  for (const name of ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']) {
    if (!process.env[name]) throw new Error(`${name} is not set: run the integration tests through "npm run test:all".`);
  }
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
  process.env.MIGRATE_ON_START = 'false';
  process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT = '5';
  process.env.LOGIN_MAX_FAILURES_PER_ADDRESS = '12';
  // Tests that simulate several client addresses set TRUST_PROXY=loopback themselves; the product's default trusts no proxy.
  process.env.TRUST_PROXY = process.env.TRUST_PROXY ?? 'false';
  process.env.LOGIN_ACCOUNT_DELAY_MAX_MS = '400';
}

export const TEST_PASSWORD = 'integration-pass-1';
