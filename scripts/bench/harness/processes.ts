// The processes a bench run measures: the gateway as production runs it, and the floor server. Each is a
// child process on a free port, stopped with the run.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { buildGateway, productionStart, scriptCommand } from '../../soak/production-server';

const root = join(import.meta.dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type Child = { origin: string; process: ChildProcess; stop: () => Promise<void> };

async function waitHealthy(origin: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not healthy after 60 s:\n${output()}`);
}

async function start(
  command: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  cwd = root,
): Promise<Child> {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const origin = `http://127.0.0.1:${port}`;
  await waitHealthy(origin, child, () => output);
  return {
    origin,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The gateway as `npm start` runs it: its `start` script (the compiled bundle, built first if need be). */
export async function startGateway(databaseUrl: string): Promise<Child> {
  const port = await freePort();
  buildGateway();
  const { executable, args, env, cwd } = scriptCommand(productionStart());
  return start(
    executable,
    args,
    {
      ...env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_MS: '0',
    },
    port,
    cwd,
  );
}

export async function startFloor(databaseUrl: string): Promise<Child> {
  const port = await freePort();
  return start(
    tsx,
    [join(root, 'scripts/bench/harness/floor-server.ts'), '--database', databaseUrl, '--port', String(port)],
    {},
    port,
  );
}
