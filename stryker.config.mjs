// Mutation testing with Stryker; run it as `npm run test:mutation` (scripts/mutation/run.mjs), see README.
import { mutateGlobs } from './scripts/mutation/groups.mjs';

const group = process.env.STRATA_MUTATION_GROUP === 'all' ? 'all' : 'core';
const reports = `reports/mutation/${group}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    configFile: 'scripts/mutation/vitest.config.ts',
    // perTest coverage already picks the tests that reach each mutant; Vitest's import-graph filter
    // on top of it could only drop some of them.
    related: false,
  },
  mutate: mutateGlobs(group),
  coverageAnalysis: 'perTest',
  // Two cores shared with everything else; each mutant costs a fresh worker that migrates and seeds
  // a SQLite database, so more runners mostly add contention.
  concurrency: 1,
  // Generous on purpose: a busy machine should not turn slow tests into "timeout" kills.
  timeoutMS: 15_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  incrementalFile: `${reports}/incremental.json`,
  // The sandbox copy needs only what the unit and integration tests load; apps and shell stay, since the
  // raw-SQL test (reviewed-sql.test.ts) reads their sources.
  ignorePatterns: ['docs', 'data', 'reports', '.tmp', 'test-results', 'playwright-report', '**/dist'],
};
