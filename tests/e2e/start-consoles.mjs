#!/usr/bin/env node
// The browser tests' consoles, started together (playwright.config.ts's first web server): the build checked once
// (`turbo run build`: Turborepo's cache makes it quick after a build), then a gateway per console from that build,
// each with its own port, database and folders (E2E_CONSOLES: their environments). Playwright started them one after
// another, each waiting for the last to answer: about 27 s apiece on a fresh database (migrations, the demo seed), or
// each starts on a copy of a console seeded ahead (E2E_SEEDED).
// The gateways are this process's children, in its process group, which Playwright stops as a whole; when one of
// them ends, the others are stopped and this process ends with its code, so a console that cannot start fails the run.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const consoles = JSON.parse(process.env.E2E_CONSOLES ?? '[]');
if (consoles.length === 0) throw new Error('start-consoles: E2E_CONSOLES names no console');

// Playwright finds the other consoles by their addresses and takes one that answers already for the launcher's: an old
// gateway left on one of the ports would be tested instead. Every port must be free before anything starts.
for (const { PORT, HOST } of consoles) {
  const free = await new Promise((resolve) => {
    const probe = createServer().once('error', () => resolve(false));
    probe.listen(Number(PORT), HOST, () => probe.close(() => resolve(true)));
  });
  if (!free) {
    console.error(`start-consoles: port ${PORT} is in use (an old console?); stop what listens there`);
    process.exit(1);
  }
}

const built = spawnSync('npx', ['turbo', 'run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);

// A console seeded ahead (E2E_SEEDED: the folder seed-console.ts wrote; `npm test` prepares it beside Vitest): each
// console starts on a copy of it, its start then finding the migrations applied and the demo there. Unset, each
// console seeds its own on its first start.
const seeded = process.env.E2E_SEEDED;
if (seeded) {
  if (!existsSync(join(seeded, 'console.db'))) {
    console.error(`start-consoles: E2E_SEEDED names ${seeded}, which holds no console.db`);
    process.exit(1);
  }
  for (const { DATABASE_URL, FILES_DIR } of consoles) {
    copyFileSync(join(seeded, 'console.db'), DATABASE_URL.slice('file:'.length));
    if (existsSync(join(seeded, 'files'))) cpSync(join(seeded, 'files'), FILES_DIR, { recursive: true });
  }
}

const gateways = consoles.map((env) =>
  spawn('npm', ['run', 'start', '-w', '@strata/gateway'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  }),
);
let ending = false;
function end(code) {
  if (ending) return;
  ending = true;
  for (const gateway of gateways) if (gateway.exitCode === null) gateway.kill('SIGTERM');
  process.exitCode = code;
}
for (const gateway of gateways) gateway.on('exit', (code) => end(code ?? 1));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => end(0));
