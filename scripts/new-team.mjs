#!/usr/bin/env node
// `npm run new-team -- <name>`: scaffolds a team's service in services/<name> (registration, a first scoped
// procedure with its domain function, labels and messages in both languages, its scope case, an HTTP test
// and its API table) and adds its one registration to services/gateway/src/teams.ts. Then `npm install`
// links the new workspace. Its remote, when it has one, starts as a copy of apps/content (see
// docs/adding-a-team.md). tests/scaffold/new-team.test.ts runs this on a copy of the repository.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]{1,30}$/.test(name)) {
  console.error('usage: npm run new-team -- <name>   (lower-case letters and digits, e.g. mailbox)');
  process.exit(2);
}
const dir = join(root, 'services', name);
if (existsSync(dir)) {
  console.error(`services/${name} exists already`);
  process.exit(1);
}
const Name = name[0].toUpperCase() + name.slice(1);
const team = `${name}Team`;

const files = {
  'package.json': `${JSON.stringify(
    {
      name: `@strata/service-${name}`,
      version: '0.0.0',
      private: true,
      type: 'module',
      exports: { '.': './src/index.ts' },
      scripts: { typecheck: 'tsc --noEmit' },
      dependencies: { '@strata/api': '*', '@strata/db': '*', '@trpc/server': '11.22.1', zod: '^4.1.0' },
    },
    null,
    2,
  )}\n`,
  'tsconfig.json': '{ "extends": "../../tsconfig.base.json", "include": ["src"] }\n',
  'src/index.ts': `export { ${name}Router } from './router';\nexport { ${team} } from './team';\n`,
  'src/router.ts': `// The ${name} team's procedures, one sub-router per area.
import { router } from '@strata/api';
import { overviewRouter } from './overview/router';

export const ${name}Router = router({ overview: overviewRouter });
`,
  'src/overview/router.ts': `// Each procedure parses its input, holds its permission and hands the work to a domain function.
import { checked, idInput, permissionProcedure, router } from '@strata/api';
import { z } from 'zod';
import { summariseUnit } from './summarise-unit';

export const overviewRouter = router({
  summary: permissionProcedure('${name}.read')
    .input(z.strictObject({ unitId: idInput }))
    .output(checked(z.strictObject({ unitId: z.number(), units: z.number() })))
    .query(({ ctx, input }) => summariseUnit(ctx.db, { scope: ctx.scope, unitId: input.unitId })),
});
`,
  'src/overview/summarise-unit.ts': `// A unit in the caller's scope and how many units its subtree holds (the first procedure of a new team).
import { checkedSubtree, type Scope, unitInScope } from '@strata/api';
import type { Db } from '@strata/db';

export async function summariseUnit(db: Db, { scope, unitId }: { scope: Scope; unitId: number }) {
  const unit = await unitInScope(db, scope, '${name}.read', unitId);
  return { unitId: unit.id, units: await db.unit.count({ where: checkedSubtree(unit) }) };
}
`,
  'src/locales.ts': `// The ${name} team's words on the server: its roles and audit actions as the console labels them, and
// the messages of the errors it throws (namespace \`errors\`, under \`${name}.\`).
import { teamMessage } from '@strata/api';

export const ${name}Labels = {
  'zh-CN': { role: { ${name}_officer: '${name} 专员' }, auditAction: {}, auditEntity: {}, auditField: {} },
  'en-US': { role: { ${name}_officer: '${Name} officer' }, auditAction: {}, auditEntity: {}, auditField: {} },
};

const zhCN = { notReady: '${name} 尚未就绪' };

export const ${name}Messages = {
  'zh-CN': zhCN,
  'en-US': { notReady: '${Name} is not ready yet' } satisfies Record<keyof typeof zhCN, string>,
};

export const ${name}Message = teamMessage('${name}', zhCN);
`,
  'src/team.ts': `// The ${name} team's registration: its router, permissions and roles, and its words.
import { defineTeam } from '@strata/api';
import { ${name}Labels, ${name}Messages } from './locales';
import { ${name}Router } from './router';

export const ${team} = defineTeam({
  name: '${name}',
  router: ${name}Router,
  permissions: ['${name}.read'],
  roles: { ${name}_officer: ['unit.read', '${name}.read'] },
  labels: ${name}Labels,
  messages: ${name}Messages,
});
`,
  'test/scope-cases/overview.ts': `// Scope cases of the ${name} overview: own townships answer with the right figures; 东湖街道's ids are missing ids.
import { expect } from 'vitest';
import { eachPlace, expectHidden, missing, type ScopeCase } from '../../../../tests/support/scope-test';

export const scopeCases: Record<string, ScopeCase> = {
  '${name}.overview.summary': (t) =>
    eachPlace(
      t,
      '${name}.read',
      async (p) => {
        const units = await t.env.db.unit.count({ where: { path: { startsWith: p.township.path } } });
        expect(await t.a.${name}.overview.summary({ unitId: p.township.id })).toEqual({ unitId: p.township.id, units });
      },
      (p) =>
        expectHidden(
          t.a.${name}.overview.summary({ unitId: p.township.id }),
          t.a.${name}.overview.summary({ unitId: missing }),
        ),
    ),
};
`,
  [`test/${name}-http.test.ts`]: `// The ${name} service is served by the gateway, behind sign-in and its permission.
import { buildServer, loadConfig } from '@strata/gateway';
import { testProviders } from '@strata/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../../tests/support/env';
import { signInByInject } from '../../../tests/support/http-session';

describe.each(await testProviders())('${name} over HTTP on %s', (provider) => {
  let env: TestEnv;
  let app: Awaited<ReturnType<typeof buildServer>>;
  beforeAll(async () => {
    env = await createTestEnv(provider, { articlesPerUnit: 0 });
    app = await buildServer(loadConfig({ DATABASE_URL: env.url, LOG_LEVEL: 'silent' }), env.db);
  });
  afterAll(async () => {
    await app?.close();
    await env?.drop();
  });

  const summary = (unitId: number, headers: Record<string, string>) =>
    app.inject({ url: \`/trpc/${name}.overview.summary?input=\${encodeURIComponent(JSON.stringify({ unitId }))}\`, headers });

  it('answers a township admin for its township, and refuses one without the permission', async () => {
    const township = env.seed.townships.chengguan!;
    const admin = await signInByInject(app, 'chengguan', 'Strata#2026');
    const res = await summary(township.id, admin);
    expect(res.statusCode).toBe(200);
    expect(res.json().result.data.unitId).toBe(township.id);
    const editor = await signInByInject(app, 'editor', 'Strata#2026');
    expect((await summary(township.id, editor)).statusCode).toBe(403);
    expect((await summary(township.id, {})).statusCode).toBe(401);
  });
});
`,
  'API.md': `# ${name}: procedures under \`${name}.\`

Conventions (errors, CSRF, scope) in [docs/api.md](../../docs/api.md).

| procedure        | kind  | input        | output                                  |
| ---------------- | ----- | ------------ | --------------------------------------- |
| overview.summary | query | \`{ unitId }\` | \`{ unitId, units }\` (scope \`${name}.read\`) |
`,
};

for (const [file, text] of Object.entries(files)) {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
}

// The one registration: the team's import and its entry in the list.
const teamsFile = join(root, 'services/gateway/src/teams.ts');
const teams = readFileSync(teamsFile, 'utf8');
const list = /export const teams = \[([^\]]*)\] as const;/;
if (!list.test(teams)) throw new Error('services/gateway/src/teams.ts: no `export const teams = [...] as const;`');
writeFileSync(
  teamsFile,
  teams
    // The entries as they stand (on one line or one per line, with or without a trailing comma), then the new one;
    // biome lays the list out after.
    .replace(list, (_, entries) => {
      const names = entries
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      return `export const teams = [${[...names, team].join(', ')}] as const;`;
    })
    .replace(/\nexport const teams/, `import { ${team} } from '@strata/service-${name}';\n\nexport const teams`),
);
// The project's formatting and import order, as `npm run check` expects them.
spawnSync('npx', ['biome', 'check', '--write', `services/${name}`, 'services/gateway/src/teams.ts'], {
  cwd: root,
  stdio: 'ignore',
});
console.log(`services/${name} created and registered in services/gateway/src/teams.ts; now run npm install`);
