import { defineProject } from 'vitest/config';

// Pure parts run in Node; a component test says `// @vitest-environment happy-dom` on its first line.
export default defineProject({
  test: { name: 'app-training', environment: 'node', include: ['src/**/*.test.{ts,tsx}'] },
});
