import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'services/*/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'tests/services/**/*.test.ts',
            'tests/scope/**/*.test.ts',
            'tests/scaffold/**/*.test.ts',
            'packages/db/test/**/*.test.ts',
            // Each team's own integration tests.
            'services/*/test/**/*.test.ts',
          ],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      '{apps/*,shell}/vitest.config.ts',
    ],
  },
});
