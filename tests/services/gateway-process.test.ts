// The gateway as a process, started the way `npm start` starts it (the production bundle under plain node):
// config errors, start-up, clean stop.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const gateway = resolve(import.meta.dirname, '../../services/gateway');
// Built here (esbuild, about a second), so the test never runs a bundle older than the code it checks.
execFileSync(process.execPath, ['build.mjs'], { cwd: gateway, stdio: 'ignore' });
const dir = mkdtempSync(join(tmpdir(), 'strata-proc-'));
const children: ChildProcess[] = [];
afterAll(() => {
  // A failed test must not leave a gateway running.
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--enable-source-maps', resolve(gateway, 'dist/main.js')], {
    env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, exited, output: () => output };
}

/** A port the OS says is free right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForHealth(url: string, child: ChildProcess) {
  // Generous: a loaded machine (a parallel build, a mutation run) can take many seconds to migrate and seed.
  for (let i = 0; i < 300 && child.exitCode === null; i++) {
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('gateway did not become healthy');
}

describe('gateway process', () => {
  it('refuses a bad configuration with a message naming the variable', async () => {
    const run = start({ PORT: 'eighty', DATABASE_URL: 'mysql://nope' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/PORT/);
    expect(run.output()).toMatch(/DATABASE_URL: must start with file:/);
  });

  it('migrates, seeds, serves, logs no secrets, and drains then stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    // A drain window wide enough that a loaded machine still accepts the requests already sent.
    const run = start({
      PORT: String(port),
      DATABASE_URL: `file:${join(dir, 'p.db')}`,
      STATIC_ROOT: dir,
      SHUTDOWN_GRACE_MS: '4000',
    });
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/healthz`, run.child);
    const login = await fetch(`${base}/trpc/identity.auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': 't' },
      body: JSON.stringify({ username: 'admin', password: 'Strata#2026' }),
    });
    expect(login.ok).toBe(true);
    const token = /strata_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1];
    expect(token).toBeTruthy();
    await fetch(
      `${base}/trpc/identity.users.list?input=${encodeURIComponent(JSON.stringify({ search: '城关镇管理员' }))}`,
      {
        headers: { cookie: `strata_session=${token}` },
      },
    );
    // Requests in flight when SIGTERM arrives still get their answers (sign-ins take argon2 time).
    const inFlight = Array.from({ length: 12 }, (_, i) =>
      fetch(`${base}/trpc/identity.auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': 't' },
        body: JSON.stringify({ username: `nobody${i}`, password: 'wrong-password' }),
      }).then((r) => r.status),
    );
    await new Promise((r) => setTimeout(r, 30));
    run.child.kill('SIGTERM');
    // Draining: health tells a load balancer to stop sending, while requests still get answers. On a loaded
    // machine the signal's handler may run a little late (12 sign-ins hashing): asked again for up to 2 s,
    // well inside the 4 s drain window, so a 503 seen here is the drain's and not the closed port's.
    let health = 0;
    for (let i = 0; i < 20 && health !== 503; i++) {
      await new Promise((r) => setTimeout(r, 100));
      health = (await fetch(`${base}/healthz`)).status;
    }
    expect(health).toBe(503);
    const statuses = await Promise.all(inFlight);
    expect(statuses.every((status) => status >= 400 && status < 500)).toBe(true);
    expect(await run.exited).toBe(0);
    const log = run.output();
    expect(log).toContain('finishing in-flight requests');
    expect(log).toMatch(/"seeded":true/);
    for (const secret of ['Strata#2026', token as string, '城关镇管理员', encodeURIComponent('城关镇管理员')]) {
      expect(log).not.toContain(secret);
    }
  });

  it('never reseeds a database in use', async () => {
    const port = await freePort();
    const run = start({ PORT: String(port), DATABASE_URL: `file:${join(dir, 'p.db')}`, STATIC_ROOT: dir });
    await waitForHealth(`http://127.0.0.1:${port}/healthz`, run.child);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output()).toMatch(/"migrations":0,"seeded":false/);
  });
});
