import { defineProject } from 'vitest/config';

// Files share a worker's module graph; the kit's setup file takes each test's page down (docs/decisions.md).
export default defineProject({
  test: {
    name: 'app-content',
    environment: 'node',
    setupFiles: ['@strata/ui/testing/setup'],
    isolate: false,
    include: ['src/**/*.test.ts'],
  },
});
