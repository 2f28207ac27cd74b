import { z } from 'zod';

const DEV_ONLY_SECRET_HINT = 'generate one with: openssl rand -base64 48';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** Values docker/.env.example ships with (a test keeps this list in step with the file); production refuses each. */
export const EXAMPLE_VALUES: readonly string[] = [
  'change-me-postgres-password',
  'change-me-app-db-password',
  'change-me-generate-with-openssl-rand-base64-48',
  'https://mandate.example.gov.vn',
];

const isPlaceholder = (value: string): boolean => EXAMPLE_VALUES.includes(value) || /change-me|dev-only|example/i.test(value);

/**
 * A cheap guard against hand-typed secrets: at least 43 characters (32 bytes in base64) whose character
 * distribution alone carries at least 160 bits; a real 32-byte secret in base64 or hex scores above 200.
 */
export function looksRandomEnough(secret: string): boolean {
  if (secret.length < 43) return false;
  const counts = new Map<string, number>();
  for (const char of secret) counts.set(char, (counts.get(char) ?? 0) + 1);
  const bitsPerChar = [...counts.values()].reduce((bits, n) => bits - (n / secret.length) * Math.log2(n / secret.length), 0);
  return bitsPerChar * secret.length >= 160;
}

const passwordIn = (url: string): string | null => {
  try {
    const password = new URL(url).password;
    return password === '' ? null : decodeURIComponent(password);
  } catch {
    return null;
  }
};

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    /** The application's role: reads and writes rows, owns nothing, cannot alter or erase the audit trail. */
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL'),
    /** The owner role, for migrations and seeding only (`cli.js migrate|seed`); the API and the worker never need it. */
    DATABASE_OWNER_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URL'),
    JWT_SECRET: z.string().min(32, `must be at least 32 characters (${DEV_ONLY_SECRET_HINT})`),
    ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(900),
    REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(14),
    COOKIE_SECURE: booleanFlag.optional(),
    /** OpenAPI at /api/docs: on by default outside production, off in production unless set to true. */
    SWAGGER_ENABLED: booleanFlag.optional(),
    /** Addresses of the reverse proxies whose X-Forwarded-For is believed (Express "trust proxy"); none by default. */
    TRUST_PROXY: z.string().default('false'),
    /** Hard lock per account and address; from other addresses the account only slows down. */
    LOGIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(5),
    LOGIN_ACCOUNT_DELAY_MAX_MS: z.coerce.number().int().min(0).max(60_000).default(8000),
    PASSWORD_CHANGE_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(30),
    LOGIN_BLOCK_SECONDS: z.coerce.number().int().min(1).default(900),
    WEB_DIST: z.string().optional(),
    SEED_DEMO: booleanFlag.default(false),
    DEMO_PASSWORD: z.string().min(8).default('mandate-demo'),
    SAMPLE_PLAN_FILE: z.string().min(1).default('fixtures/plans/nq-318-2025-quang-ninh.txt'),
    UPLOAD_DIR: z.string().min(1).default('.data/uploads'),
    /** Leftovers of a crashed upload older than this are removed at start and hourly; younger ones may be another replica's upload in flight. */
    UPLOAD_SWEEP_MIN_AGE_SECONDS: z.coerce.number().int().min(0).default(900),
    /** Appendix exports of more packages than this run as a worker job (202 + GET /api/exports/:jobId). */
    EXPORT_INLINE_MAX_ROWS: z.coerce.number().int().min(0).default(5000),
    /** Requests per minute per address to the public transparency pages. */
    PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(120),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MIGRATE_ON_START: booleanFlag.default(true),
    /** BullMQ key prefix, so several deployments (or test runs) can share one Redis database. */
    QUEUE_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('mandate'),
    /** Length of one reminder "day"; tests compress it (1000 makes a day a second). */
    REMINDER_UNIT_MS: z.coerce.number().int().min(1).max(86_400_000).default(86_400_000),
    /** With a compressed unit: the instant today's date maps to (epoch ms); later dates follow one unit apart. */
    REMINDER_TIME_ORIGIN_MS: z.coerce.number().int().min(0).optional(),
    REMINDER_RELAY_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    REMINDER_RELAY_BATCH: z.coerce.number().int().min(1).max(10_000).default(1000),
    /** Overdue reminders stop after this many days. */
    REMINDER_OVERDUE_MAX_DAYS: z.coerce.number().int().min(1).max(3660).default(366),
    /** Redis calls from the relay and the admin view give up after this long, so a Redis outage never hangs them. */
    REDIS_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    /** Redis calls on a request path (sign-in throttle, sessions, health, queue view) give up after this long and fall back, so a paused Redis never holds a request. */
    REDIS_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(50).max(5000).default(250),
    /** Unset: no e-mail is sent (in-app notifications only). */
    SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
    MAIL_FROM: z.string().min(3).default('Mandate <no-reply@mandate.local>'),
    APP_ORIGIN: z.string().url().default('http://localhost:8080'),
    /** Dev only: the worker runs a mail catcher on this port and keeps what it receives in caught_mail. */
    MAIL_CATCHER_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (isPlaceholder(env.JWT_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: `is a placeholder; production needs a real secret (${DEV_ONLY_SECRET_HINT})` });
    } else if (!looksRandomEnough(env.JWT_SECRET)) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: `must hold at least 32 random bytes, e.g. 43 base64 or 64 hex characters (${DEV_ONLY_SECRET_HINT})` });
    }
    for (const setting of ['DATABASE_URL', 'DATABASE_OWNER_URL'] as const) {
      const password = env[setting] === undefined ? null : passwordIn(env[setting]);
      if (password !== null && isPlaceholder(password)) {
        ctx.addIssue({ code: 'custom', path: [setting], message: 'holds a placeholder password from docker/.env.example; set a real one (openssl rand -hex 32)' });
      } else if (password !== null && !looksRandomEnough(password)) {
        ctx.addIssue({ code: 'custom', path: [setting], message: 'has a weak password: production needs at least 32 random bytes (openssl rand -hex 32)' });
      }
    }
    if (EXAMPLE_VALUES.includes(env.APP_ORIGIN)) {
      ctx.addIssue({ code: 'custom', path: ['APP_ORIGIN'], message: 'is the example from docker/.env.example; set the address users open' });
    }
    if (env.MAIL_CATCHER_PORT !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['MAIL_CATCHER_PORT'], message: 'must be unset in production: the mail catcher swallows real mail' });
    }
    if (env.SEED_DEMO) {
      ctx.addIssue({ code: 'custom', path: ['SEED_DEMO'], message: 'must be false in production: demo accounts have a published password' });
    }
  });

export type AppConfig = z.infer<typeof schema> & { cookieSecure: boolean; swaggerEnabled: boolean };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once; every bad value is named with its reason. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // An empty value is an unset one: docker/compose.yaml passes optional settings as `${NAME:-}`.
  const result = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || '(environment)'}: ${issue.message}`));
  }
  const config = result.data;
  const production = config.NODE_ENV === 'production';
  return { ...config, cookieSecure: config.COOKIE_SECURE ?? production, swaggerEnabled: config.SWAGGER_ENABLED ?? !production };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
