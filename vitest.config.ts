import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// One migrated database per provider for the run; the tests' databases are copies of it.
const databaseTemplates = 'tests/support/database-templates.ts';

// Checks the code makes only under test: every kept value names the tables it reads (whileUnchanged in @strata/db).
const checks = { STRATA_CHECK_KEPT_READS: '1' };

// The Node projects (unit, integration, integration-alone) run their files one after another in a worker's one
// module graph: evaluating the gateway and every service again for each file took 708 s of the 1,515 s Vitest run
// (2026-12-05); a database of its own per environment keeps the files apart. A module-level count a test keeps unique must stay valid as it runs
// on across files (countPerEnv in tests/support/factories.ts). The remotes' page tests share theirs too (each remote's
// vitest.config.ts, with the setup file that clears the page after every test); see docs/decisions.md.
const sharedModules = { isolate: false };

// Integration tests that start the real gateway as a child process and wait for it against a clock.
const alone = ['tests/services/chaos.test.ts', 'tests/services/gateway-process.test.ts'];
const integration: TestProjectInlineConfiguration['test'] = {
  globalSetup: [databaseTemplates, 'tests/support/demo-templates.ts', 'tests/support/fixture-templates.ts'],
  environment: 'node',
  env: checks,
  testTimeout: 60_000,
  hookTimeout: 180_000,
  ...sharedModules,
};

export default defineConfig({
  test: {
    // Three test files at once on two cores. With two, Vitest alone left the cores 22-60 % idle (vmstat samples of the
    // middle of the run) while files waited on PostgreSQL, child processes and timers: 588 s wall, 836 s of CPU in its
    // own processes; with three, 98 % busy and 528 s (2026-12-08). Inside `npm test`, where the niced check, build and
    // seed already took much of that idle, 669 to 652 s; a third worker loads each project's modules once more (the page
    // tests alone: 203 s of CPU with two, 226 with three). The files that time a real gateway process's start against a
    // deadline run alone, after the rest (`integration-alone`): a trial of two workers for every file (2026-12-05) saw
    // the crash-cycle test's gateway miss its health wait on PostgreSQL beside the township isolation suite.
    maxWorkers: 3,
    projects: [
      {
        test: {
          name: 'unit',
          globalSetup: [databaseTemplates],
          ...sharedModules,
          include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          env: checks,
        },
      },
      {
        test: {
          ...integration,
          name: 'integration',
          include: [
            'tests/services/**/*.test.ts',
            'tests/scope/**/*.test.ts',
            'tests/scaffold/**/*.test.ts',
            'packages/db/test/**/*.test.ts',
            // Each team's own integration tests.
            'services/*/test/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, ...alone],
        },
      },
      {
        test: {
          ...integration,
          name: 'integration-alone',
          include: alone,
          // One file at a time, once every other project has finished.
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
      '{apps/*,shell}/vitest.config.ts',
    ],
  },
});
