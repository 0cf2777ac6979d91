// What `npm run test:mutation` mutates. `core` is the scope, auth and audit code that the score
// target is about; `all` adds the rest of packages/api and the identity and content services.
// Entries are files or folders, relative to the repository root; *.test.ts files are never mutated.
export const groups = {
  core: [
    'packages/api/src/scope.ts',
    'packages/api/src/roles.ts',
    'packages/api/src/scope-guard.ts',
    'packages/api/src/audit.ts',
    'packages/api/src/trpc.ts',
    'packages/api/src/session.ts',
    'packages/api/src/session-cache.ts',
    'packages/api/src/units-in-scope.ts',
    'packages/api/src/unit-owned-models.ts',
    'packages/api/src/reviewed-sql.ts',
    'services/identity/src/auth',
    'services/identity/src/users',
    'services/identity/src/grants',
    'services/identity/src/audit',
  ],
  all: ['packages/api/src', 'services/identity/src', 'services/content/src'],
};

/** Stryker `mutate` globs for a group. */
export const mutateGlobs = (group) => [
  ...groups[group].map((entry) => (entry.endsWith('.ts') ? entry : `${entry}/**/*.ts`)),
  '!**/*.test.ts',
];

/** Whether a repository-relative file belongs to a group. */
export const inGroup = (group, file) => groups[group].some((entry) => file === entry || file.startsWith(`${entry}/`));
