import { defineProject } from 'vitest/config';

// Pure parts run in Node; a component test says `// @vitest-environment happy-dom` on its first line.
// Files share a worker's module graph; the kit's setup file takes each test's page down (docs/decisions.md).
export default defineProject({
  test: {
    name: 'app-volunteers',
    environment: 'node',
    setupFiles: ['@strata/ui/testing/setup'],
    isolate: false,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
