#!/usr/bin/env node
// `npm run new-team -- <name>`: scaffolds a team's service in services/<name> (registration, a first scoped
// procedure with its domain function, labels and messages in both languages, its scope case, an HTTP test
// and its API table), its remote in apps/<name> (the federated app with a first page reading that procedure, its
// words in both languages, its menu entry in the registration, the standalone harness) and adds its one
// registration to services/gateway/src/teams.ts. Then `npm install` links the new workspaces (docs/adding-a-team.md).
// tests/scaffold/new-team.test.ts runs this on a copy of the repository, builds the remote and reads the manifest.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = process.argv[2] ?? '';
if (!/^[a-z][a-z0-9]{1,30}$/.test(name)) {
  console.error('usage: npm run new-team -- <name>   (lower-case letters and digits, e.g. mailbox)');
  process.exit(2);
}
const dir = join(root, 'services', name);
const appDir = join(root, 'apps', name);
for (const taken of [dir, appDir])
  if (existsSync(taken)) {
    console.error(`${taken.slice(root.length + 1)} exists already`);
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
      scripts: { typecheck: 'tsgo --noEmit' },
      dependencies: {
        '@ant-design/icons-svg': '^4.6.0',
        '@strata/api': '*',
        '@strata/db': '*',
        '@trpc/server': '11.22.1',
        zod: '^4.1.0',
      },
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
  'src/team.ts': `// The ${name} team's registration: its router, permissions and roles, its words and its remote.
import AppstoreOutlined from '@ant-design/icons-svg/lib/asn/AppstoreOutlined.js';
import { defineTeam, menuIcon } from '@strata/api';
import { ${name}Labels, ${name}Messages } from './locales';
import { ${name}Router } from './router';

export const ${team} = defineTeam({
  name: '${name}',
  router: ${name}Router,
  permissions: ['${name}.read'],
  roles: { ${name}_officer: ['unit.read', '${name}.read'] },
  labels: ${name}Labels,
  messages: ${name}Messages,
  remote: {
    name: '${name}',
    dist: 'apps/${name}/dist',
    exposes: './App',
    basePath: '/${name}',
    menu: [
      {
        path: '/${name}/overview',
        icon: menuIcon(AppstoreOutlined),
        label: { 'zh-CN': '${name} 概览', 'en-US': '${Name} overview' },
        permission: '${name}.read',
      },
    ],
  },
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

// The remote, shaped like the others (docs/adding-a-team.md, step 5): its dev port the next after theirs.
const ports = readdirSync(join(root, 'apps')).flatMap((app) => {
  const config = join(root, 'apps', app, 'vite.config.ts');
  const port = existsSync(config) && /port: (\d+)/.exec(readFileSync(config, 'utf8'));
  return port ? [Number(port[1])] : [];
});
const port = Math.max(5173, ...ports) + 1;
const appPackage = JSON.parse(readFileSync(join(root, 'apps/content/package.json'), 'utf8'));
const pick = (deps, names) => Object.fromEntries(names.map((n) => [n, deps[n]]));
const appFiles = {
  'package.json': `${JSON.stringify(
    {
      name: `@strata/app-${name}`,
      version: '0.0.0',
      private: true,
      type: 'module',
      scripts: {
        dev: 'vite',
        build: 'vite build && node ../../scripts/precompress.mjs dist',
        preview: 'vite preview',
        typecheck: 'tsgo --noEmit',
      },
      // The same versions as every other remote's (federation-shared.ts checks the shared ranges).
      dependencies: pick(appPackage.dependencies, [
        '@strata/client',
        '@strata/contract',
        '@strata/ui',
        '@tanstack/react-query',
        'antd',
        'i18next',
        'react',
        'react-dom',
        'react-i18next',
        'react-router',
      ]),
      devDependencies: pick(appPackage.devDependencies, [
        '@module-federation/runtime',
        '@module-federation/vite',
        '@strata/gateway',
        '@types/react',
        '@types/react-dom',
        '@vitejs/plugin-react',
        'vite',
      ]),
    },
    null,
    2,
  )}\n`,
  'tsconfig.json': `${JSON.stringify(
    {
      extends: '../../tsconfig.base.json',
      compilerOptions: { jsx: 'react-jsx', lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: ['node', 'vite/client'] },
      include: ['src', 'vite.config.ts'],
    },
    null,
    2,
  )}\n`,
  'vite.config.ts': `// The ${name} remote: served by the gateway under /remotes/${name}/, its dev server on :${port}.
import { remoteViteConfig } from '../../packages/ui/src/remote-vite-config.ts';

export default remoteViteConfig({ name: '${name}', port: ${port} });
`,
  'index.html': `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Strata ${name} (standalone)</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./src/dev/main.tsx"></script>
  </body>
</html>
`,
  'src/dev/main.tsx': `// Standalone harness: the ${name} remote without the shell, against the gateway's /trpc (see vite.config.ts).
import { startDevHarness } from '@strata/ui/dev-harness';
import ${Name}App from '../app';

startDevHarness({ team: '${name}', App: ${Name}App, base: import.meta.env.BASE_URL, pages: ['overview'] });
`,
  'src/trpc.ts': `// The ${name} remote's typed view of the API: the console's one tRPC context, bound to the gateway's router type.
// A type-only import: nothing of the server reaches the browser.
import { bindTrpc } from '@strata/client';
import type { AppRouter } from '@strata/gateway/app-router';

export const { useTRPC } = bindTrpc<AppRouter>();
`,
  'src/i18n/zh-CN.ts': `// The ${name} remote's words (namespace \`${name}\`): \`t('overview.title')\`.
export const ${name} = { overview: { title: '${name} 概览', units: '下辖单位' } };
`,
  'src/i18n/en-US.ts': `import type { ${name} as zhCN } from './zh-CN';

export const ${name} = {
  overview: { title: '${Name} overview', units: 'Units in the subtree' },
} satisfies typeof zhCN;
`,
  [`src/register-${name}-messages.ts`]: `// The ${name} remote's words: zh-CN with the remote, another language fetched when it is the active one.
import { remoteMessages } from '@strata/ui/remote-messages';
import { ${name} as zhCN } from './i18n/zh-CN';

export const ${name}Ns = '${name}';

export const register${Name}Messages = remoteMessages(${name}Ns, zhCN, {
  'en-US': () => import('./i18n/en-US').then((m) => m.${name}),
});
`,
  'src/overview-page.tsx': `// The ${name} team's first page: how many units the current unit's subtree holds, from ${name}.overview.summary.
import { ErrorAlert, PageFrame } from '@strata/ui';
import { useQuery } from '@tanstack/react-query';
import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ${name}Ns } from './register-${name}-messages';
import { useTRPC } from './trpc';

export function OverviewPage({ unitId }: { unitId: number }) {
  const { t } = useTranslation(${name}Ns);
  const trpc = useTRPC();
  const summary = useQuery(trpc.${name}.overview.summary.queryOptions({ unitId }));
  return (
    <PageFrame title={t('overview.title')} testId="${name}-overview">
      {summary.error ? (
        <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />
      ) : summary.data ? (
        <Typography.Paragraph>
          {t('overview.units')}: <strong>{summary.data.units}</strong>
        </Typography.Paragraph>
      ) : (
        <Skeleton active />
      )}
    </PageFrame>
  );
}
`,
  'src/app.tsx': `// The ${name} remote (exposed as \`${name}/App\`): its routes below the shell's \`basePath\`.
import { AccessProvider, type RemoteAppProps, RequirePermission } from '@strata/ui';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { OverviewPage } from './overview-page';
import { register${Name}Messages } from './register-${name}-messages';

export default function ${Name}App({ basePath, unitId, access }: RemoteAppProps) {
  const { i18n } = useTranslation();
  // Before any page asks for the namespace; another language suspends until its words are in.
  const messages = register${Name}Messages(i18n, i18n.language);
  if (messages) use(messages);
  return (
    <AccessProvider value={access}>
      <Routes>
        <Route index element={<Navigate to={\`\${basePath.replace(/\\/+$/, '')}/overview\`} replace />} />
        <Route
          path="overview"
          element={
            <RequirePermission permission="${name}.read" atUnit>
              <OverviewPage unitId={unitId} />
            </RequirePermission>
          }
        />
      </Routes>
    </AccessProvider>
  );
}
`,
};

for (const [file, text] of Object.entries(appFiles)) {
  mkdirSync(dirname(join(appDir, file)), { recursive: true });
  writeFileSync(join(appDir, file), text);
}

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
spawnSync('npx', ['biome', 'check', '--write', `services/${name}`, `apps/${name}`, 'services/gateway/src/teams.ts'], {
  cwd: root,
  stdio: 'ignore',
});
console.log(
  `services/${name} and apps/${name} created, registered in services/gateway/src/teams.ts; now run npm install`,
);
