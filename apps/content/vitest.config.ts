import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: 'app-content', environment: 'node', include: ['src/**/*.test.ts'] },
});
