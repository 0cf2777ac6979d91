// Entry point: validate config, migrate, seed an empty database once, serve, and stop cleanly on SIGTERM.
import { loadConfig } from './config';
import { prepareDatabase } from './prepare-database';
import { buildServer } from './server';
import { startTeams } from './teams';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

const started = performance.now();
const { applied, db, keys, seeded } = await prepareDatabase(config);
await startTeams(db);
const lifecycle = { draining: false };
const app = await buildServer(config, db, lifecycle);
await app.listen({ port: config.PORT, host: config.HOST });
app.log.info(
  {
    migrations: applied.length,
    ...(keys.created ? { personalDataKeysCreated: keys.file } : {}),
    seeded,
    startupMs: Math.round(performance.now() - started),
    services: config.STRATA_SERVICES,
  },
  `Strata is running on http://localhost:${config.PORT}`,
);
// For a person at a terminal, one plain line besides the structured log.
if (process.stdout.isTTY) {
  console.log(`\n  Strata: http://localhost:${config.PORT}  (demo logins: README.md, "Demo logins")\n`);
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'finishing in-flight requests');
    // Drain first: health turns 503 so a load balancer stops sending, requests already on their way are
    // still served; only then stop listening (closing at once resets connections not yet accepted).
    lifecycle.draining = true;
    await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_GRACE_MS));
    await app.close();
    await db.$disconnect();
    process.exit(0);
  });
}
