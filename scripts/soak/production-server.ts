// The gateway as a child process, started as `npm start` starts it, for the soak and the footprint benchmark:
// built first (so a measurement never runs a stale bundle), waited on until /healthz answers, watched through
// /proc (resident memory of the server and of every process it started), and stopped with SIGTERM.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
const gatewayDir = join(repoRoot, 'services/gateway');

/** The gateway's `start` script as it stands: what `npm start` runs after the build. */
export const productionStart = (): string =>
  JSON.parse(readFileSync(join(gatewayDir, 'package.json'), 'utf8')).scripts.start as string;

/** How the gateway started before this bundle existed (tsx compiling TypeScript at run time), for comparison. */
export const tsxStart = 'tsx src/main.ts';

/** Builds dist/main.js (esbuild, about a second); output to stderr so a benchmark's stdout stays pure JSON. */
let built = false;
export function buildGateway() {
  // Once per run: a tool that restarts the server many times (chaos) builds it once.
  if (built) return;
  built = true;
  execFileSync(process.execPath, ['build.mjs'], { cwd: gatewayDir, stdio: ['ignore', process.stderr, 'inherit'] });
}

/**
 * An npm-script-like command line (`VAR=value ... program args`) as what to spawn from services/gateway without
 * a shell or npm in between, so the process started (and measured, or killed) is the server itself: `node` is
 * this Node, other programs come from node_modules/.bin. Every tool that starts the gateway goes through here.
 */
export function scriptCommand(script: string) {
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0]?.includes('=')) {
    const [name, ...value] = (words.shift() as string).split('=');
    env[name as string] = value.join('=');
  }
  const [program, ...args] = words;
  const executable = program === 'node' ? process.execPath : join(repoRoot, 'node_modules/.bin', program as string);
  return { executable, args, env, cwd: gatewayDir };
}

/** The command line with `flags` given to node right after `node` (a start that is not node is refused). */
export function withNodeFlags(script: string, flags: string[]): string {
  if (!flags.length) return script;
  const words = script.trim().split(/\s+/);
  const at = words.findIndex((word) => !word.includes('='));
  if (words[at] !== 'node') throw new Error(`node flags need a start that runs node: ${script}`);
  words.splice(at + 1, 0, ...flags);
  return words.join(' ');
}

function spawnScript(script: string, env: Record<string, string>): ChildProcess {
  const { executable, args, env: scriptEnv } = scriptCommand(script);
  return spawn(executable, args, {
    cwd: gatewayDir,
    env: { ...process.env, ...scriptEnv, ...env },
    // Its own process group, so a benchmark that fails half-way can still end the whole tree it started.
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

type ProcStat = { pid: number; ppid: number };
const procStat = (pid: number): ProcStat | undefined => {
  try {
    // The command name (field 2) may hold spaces or parentheses: the fields that follow start after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pid, ppid: Number(after[1]) };
  } catch {
    return undefined; // gone meanwhile
  }
};

/** The process and all its descendants (not threads), from /proc. */
export function processTree(root: number): number[] {
  const all = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => procStat(Number(name)))
    .filter((s): s is ProcStat => s !== undefined);
  const tree = [root];
  for (let i = 0; i < tree.length; i++)
    for (const s of all) if (s.ppid === tree[i] && !tree.includes(s.pid)) tree.push(s.pid);
  return tree.filter((pid) => pid === root || all.some((s) => s.pid === pid));
}

/** CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat; 0 once it is gone. */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime (fields 14 and 15 of stat, 12 and 13 after the name) in clock ticks: 100 a second on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

export type Memory = { rssMb: number; anonMb: number; fileMb: number };
const mb = (kb: number) => Math.round(kb / 102.4) / 10;

/** Resident memory of one process (VmRSS, and its anonymous and file-backed parts), from /proc/<pid>/status. */
export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rssMb: mb(kb('VmRSS')), anonMb: mb(kb('RssAnon')), fileMb: mb(kb('RssFile')) };
}

export type RunningServer = {
  child: ChildProcess;
  base: string;
  /** From spawn to the first 200 from /healthz. */
  healthyMs: number;
  /** The process serving HTTP: the one of the tree with the most resident memory (tsx's server is its child). */
  serverPid: () => number;
  tree: () => { processes: number; rssMb: number; serverRssMb: number };
  /** CPU time used so far by the server's process tree, in ms (10 ms steps): the cost of a load run whatever else runs. */
  cpuMs: () => number;
  /** The last lines the server wrote to stderr, for a failure message. */
  stderr: () => string;
  stop: () => Promise<number | null>;
};

export async function startServer(opts: {
  script: string;
  port: number;
  databaseUrl: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}): Promise<RunningServer> {
  const started = performance.now();
  const child = spawnScript(opts.script, {
    PORT: String(opts.port),
    HOST: '127.0.0.1',
    DATABASE_URL: opts.databaseUrl,
    SHUTDOWN_GRACE_MS: '0',
    ...opts.env,
  });
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const base = `http://127.0.0.1:${opts.port}`;
  const deadline = started + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${stderr}`);
    if (performance.now() > deadline) {
      killTree(child);
      throw new Error(`server not healthy in time: ${stderr}`);
    }
    const ok = await fetch(`${base}/healthz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const healthyMs = Math.round(performance.now() - started);
  const pid = child.pid as number;
  const serverPid = () =>
    processTree(pid)
      .map((p) => ({ p, rss: memoryOf(p).rssMb }))
      .sort((a, b) => b.rss - a.rss)[0]?.p ?? pid;
  return {
    child,
    base,
    healthyMs,
    serverPid,
    tree: () => {
      const pids = processTree(pid);
      const rss = pids.map((p) => memoryOf(p).rssMb);
      return {
        processes: pids.length,
        rssMb: Math.round(rss.reduce((a, b) => a + b, 0) * 10) / 10,
        serverRssMb: Math.max(...rss),
      };
    },
    cpuMs: () => processTree(pid).reduce((sum, p) => sum + cpuMsOf(p), 0),
    stderr: () => stderr,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => killTree(child), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/** Ends the process group this module started (and nothing else). */
export function killTree(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
