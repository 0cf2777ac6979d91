import { defineConfig } from 'vitest/config';

// One migrated database per provider for the run; the tests' databases are copies of it.
const databaseTemplates = 'tests/support/database-templates.ts';

// Checks the code makes only under test: every kept value names the tables it reads (whileUnchanged in @strata/db).
const checks = { STRATA_CHECK_KEPT_READS: '1' };

export default defineConfig({
  test: {
    // Vitest's default workers: one fewer than the cores, so a single one on two cores. Two were tried (2026-12-05):
    // the run took 2,518 s against 3,385 s on a machine also busy with other work, but each file ran about half as
    // long again, and the crash-cycle test's gateway, started beside the township isolation suite, did not become
    // healthy within its 90 s on PostgreSQL. Kept at the default until the heavy files can run apart.
    projects: [
      {
        test: {
          name: 'unit',
          globalSetup: [databaseTemplates],
          include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          env: checks,
        },
      },
      {
        test: {
          name: 'integration',
          globalSetup: [databaseTemplates, 'tests/support/demo-templates.ts'],
          include: [
            'tests/services/**/*.test.ts',
            'tests/scope/**/*.test.ts',
            'tests/scaffold/**/*.test.ts',
            'packages/db/test/**/*.test.ts',
            // Each team's own integration tests.
            'services/*/test/**/*.test.ts',
          ],
          environment: 'node',
          env: checks,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      '{apps/*,shell}/vitest.config.ts',
    ],
  },
});
