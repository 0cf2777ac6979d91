// Vitest as Stryker runs it: the root config's unit and integration projects, resolving the
// workspace packages inside Stryker's sandbox copy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import base from '../../vitest.config.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

// node_modules/@strata/* are symlinks into the real checkout, so without these aliases the tests
// would import the unmutated sources and every mutant would survive.
const alias = ['packages', 'services'].flatMap((group) =>
  readdirSync(join(root, group))
    .map((name) => join(root, group, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .flatMap((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return Object.entries<string>(pkg.exports ?? {}).map(([sub, target]) => ({
        find: new RegExp(`^${pkg.name}${sub.slice(1)}$`),
        replacement: join(dir, target),
      }));
    }),
);

// The unit project by default: the domain tests there run the core code against SQLite through the guarded
// client, and a run of it takes minutes. The integration project can only add kills, but a mutant in code
// that runs at load or in the seed re-runs every integration file (about a minute each on two cores), which
// makes a full run take many hours; STRATA_MUTATION_SUITE=all includes it anyway.
const suites = process.env.STRATA_MUTATION_SUITE === 'all' ? ['unit', 'integration'] : ['unit'];
const projects = (base.test?.projects ?? []).filter(
  (p): p is TestProjectInlineConfiguration =>
    typeof p === 'object' && 'test' in p && typeof p.test?.name === 'string' && suites.includes(p.test.name),
);

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    projects: projects.map((p) => ({
      ...p,
      resolve: { alias },
      test: {
        ...p.test,
        // The gateway-process tests and the scaffold test run child processes on the real checkout (or a
        // copy of it) that never see a mutant; they would only add minutes to every run of all tests.
        exclude: ['**/node_modules/**', 'tests/services/gateway-process.test.ts', 'tests/scaffold/**'],
        // One worker for all the files of a run instead of a fresh one per file: a static mutant
        // (module-level code such as the routers' permissions and input schemas) runs every test
        // file, and each fresh worker pays the cold start of Prisma's schema engine again.
        isolate: false,
      },
    })),
  },
});
