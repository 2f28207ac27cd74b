import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { exitOnConfigError } from './bootstrap/exit-on-config-error';
import { loadConfig } from './config/app-config';
import { provisionAppLogin } from './database/app-role';
import { dataSourceOptions } from './database/data-source-options';
import { seedReferenceData } from './seed/seed.service';
import { DEMO_ACCOUNTS } from './seed/department-catalogue';
import { seedSamplePlan } from './seed/sample-plan.seed';
import { seedSampleDisbursement } from './seed/sample-disbursement.seed';

const USAGE = 'usage: cli <migrate|migrate:revert|seed>';

/** Operations run outside the HTTP server: `node dist/apps/api/cli.js migrate`. */
async function main(command: string | undefined): Promise<number> {
  if (!command || !['migrate', 'migrate:revert', 'seed'].includes(command)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const config = exitOnConfigError(() => loadConfig());
  // Schema changes and seeding run as the owner; the API and the worker connect as the application role.
  const dataSource = await new DataSource(dataSourceOptions({ ...config, DATABASE_URL: config.DATABASE_OWNER_URL ?? config.DATABASE_URL })).initialize();
  try {
    if (command === 'migrate') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(applied.length ? `Applied ${applied.map((m) => m.name).join(', ')}\n` : 'Database is up to date.\n');
      const login = await provisionAppLogin(dataSource, config.DATABASE_URL);
      if (login === 'same-as-owner') process.stdout.write('Warning: DATABASE_URL connects as the owner; set DATABASE_OWNER_URL and give DATABASE_URL its own user so the application cannot alter the audit trail.\n');
    } else if (command === 'migrate:revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('Reverted the last migration.\n');
    } else {
      const result = await seedReferenceData(dataSource, { demoPassword: config.SEED_DEMO ? config.DEMO_PASSWORD : null });
      process.stdout.write(`Seeded ${result.departmentsCreated} new departments; new demo accounts: ${result.demoAccountsCreated.join(', ') || 'none'}.\n`);
      if (config.SEED_DEMO) {
        process.stdout.write(`Demo accounts (password: ${config.DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => `${a.username} (${a.role})`).join(', ')}\n`);
        const sample = await seedSamplePlan(dataSource, config.SAMPLE_PLAN_FILE);
        process.stdout.write(sample.imported ? `Imported sample plan ${sample.planNumber} with ${sample.packagesCreated} work packages.\n` : `Sample plan ${sample.planNumber} already present.\n`);
        const disbursement = await seedSampleDisbursement(dataSource, sample.planNumber);
        if (disbursement.projectsCreated > 0) process.stdout.write(`Added ${disbursement.projectsCreated} illustrative public-investment projects (sample data, not real figures) to the sample plan.\n`);
      }
    }
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${process.argv[2] ?? 'cli'} failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
