import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One migrated database per provider for the run; the tests' databases are copies of it.
const databaseTemplates = 'tests/support/database-templates.ts';

// Checks the code makes only under test: every kept value names the tables it reads (whileUnchanged in @strata/db).
const checks = { STRATA_CHECK_KEPT_READS: '1' };

export default defineConfig({
  test: {
    // As many test files at once as there are cores. Vitest's default is one fewer: a single worker on the two-core
    // machines the suite runs on, which left a core idle while the integration tests wait on their databases and
    // child processes.
    maxWorkers: availableParallelism(),
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
