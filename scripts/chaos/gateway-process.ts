// The gateway as a real child process, for checks that must crash it: spawned without npm or a shell in
// between, so `kill -9` lands on the server process itself and not on a wrapper that would orphan it.
import { type ChildProcess, spawn } from 'node:child_process';
import { buildGateway, productionStart, scriptCommand } from '../soak/production-server';

export type GatewayProcess = {
  child: ChildProcess;
  base: string;
  /** Everything the process wrote, for the message when it fails to start (logs carry no personal data). */
  output: () => string;
  /** SIGKILL: no drain, no handlers, no flush; resolves once the process is gone. */
  crash: () => Promise<void>;
  /** SIGTERM and its clean drain; resolves with the exit code. */
  stop: () => Promise<number | null>;
};

/** Starts the gateway on `port` with `databaseUrl` (migrated and demo-seeded at start when empty). */
export async function startGateway(opts: {
  port: number;
  databaseUrl: string;
  staticRoot: string;
  env?: Record<string, string>;
}): Promise<GatewayProcess> {
  const base = `http://127.0.0.1:${opts.port}`;
  // Health checks below must reach our child, not another server left on the port.
  const occupied = await fetch(`${base}/healthz`).then(
    () => true,
    () => false,
  );
  if (occupied) throw new Error(`port ${opts.port} is in use: stop what listens there or pick another --port`);
  // The gateway as `npm start` runs it (its `start` script, the compiled bundle), built first if need be.
  buildGateway();
  const { executable, args, env, cwd } = scriptCommand(productionStart());
  const child = spawn(executable, args, {
    cwd,
    env: {
      ...process.env,
      ...env,
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      DATABASE_URL: opts.databaseUrl,
      STATIC_ROOT: opts.staticRoot,
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_MS: '0',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (d: Buffer) => {
    // Bounded: a long run must not grow the parent's memory with the child's log.
    output = (output + d.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const gateway: GatewayProcess = {
    child,
    base,
    output: () => output,
    crash: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  try {
    await waitForHealth(`${base}/healthz`, child);
  } catch (error) {
    await gateway.crash();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return gateway;
}

async function waitForHealth(url: string, child: ChildProcess) {
  // Generous: on a loaded two-core machine, migrations and the first seed can take a minute or more.
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(child.exitCode === null ? 'gateway did not become healthy in 180 s' : 'gateway exited at start');
}
