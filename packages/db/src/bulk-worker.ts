// The SQLite bulk writer of a fresh load, on a thread of its own (see openBulkWriter's `freshLoad`): it runs the
// calls the loading thread posts, one at a time in the order posted, and answers each. SQLite's work on the rows
// then goes on beside the generators' JavaScript, which had both on one thread. Index builds asked for `beside`
// run one index at a time whenever no call waits, so rows and reads never queue behind a whole table's indexes.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import {
  type BulkWriterOptions,
  eachSecond,
  openSqliteWriter,
  type RowDerivers,
  type SqliteWriter,
  type WriterBusy,
} from './bulk';

export type WriterCall = {
  id: number;
  op:
    | Exclude<keyof SqliteWriter, 'insert' | 'drain' | 'written' | 'restoreIndexesBeside' | 'restoreOne'>
    | 'ping'
    | 'beside'
    | 'busy';
  args: unknown[];
};
export type WriterAnswer = { id: number; result?: unknown; error?: { message: string; code?: string } };

const port = parentPort;
if (!port) throw new Error('bulk-worker: run as a worker thread');
const { url, options } = workerData as { url: string; options: BulkWriterOptions };
const writer = openSqliteWriter(url, options);

const calls: WriterCall[] = [];
/** Tables whose indexes are built while the thread has nothing else to do. */
const beside = new Set<string>();
/**
 * A `ping` says the loading thread is about to write through its own connection: no build starts for a while, so
 * its statements do not wait on one (they would wait, not fail: see createDb's `loading`).
 */
const quietAfterPing = 250;
let quietUntil = 0;
/** A build beside that failed for another reason than a busy file: every call after it fails with it. */
let failed: Error | undefined;
let turning = false;

/** Milliseconds this thread spent on calls and builds, per second of the clock (epoch seconds from `firstSecond`). */
const busyMs: number[] = [];
const firstSecond = Math.floor(Date.now() / 1000);
/** Milliseconds per kind of work: each op's name, `index` for the builds beside. */
const busyByOp: Record<string, number> = {};
function timed<T>(kind: string, work: () => T): T {
  const started = Date.now();
  try {
    return work();
  } finally {
    const ended = Date.now();
    busyByOp[kind] = (busyByOp[kind] ?? 0) + (ended - started);
    eachSecond(started, ended, (second, ms) => {
      busyMs[second - firstSecond] = (busyMs[second - firstSecond] ?? 0) + ms;
    });
  }
}
/** This thread's CPU seconds (Linux: /proc/thread-self/stat's user and system ticks, 100 a second), else null. */
function threadCpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
/** A turn waiting for the quiet to end: a call that comes meanwhile runs at once instead. */
let later: NodeJS.Timeout | undefined;

async function run({ id, op, args }: WriterCall) {
  try {
    if (failed) throw failed;
    let result: unknown = null;
    if (op === 'beside') for (const table of args[0] as string[]) beside.add(table);
    else if (op === 'busy')
      result = {
        firstSecond,
        busyMs: Array.from(busyMs, (ms) => ms ?? 0),
        byOp: busyByOp,
        cpuSeconds: threadCpuSeconds(),
      } satisfies WriterBusy;
    else if (op === 'ping') quietUntil = performance.now() + quietAfterPing;
    else if (op === 'deriveOnWrite') {
      const { module, name } = args[0] as Pick<RowDerivers, 'module' | 'name'>;
      const derivers = ((await import(module)) as Record<string, RowDerivers | undefined>)[name];
      if (!derivers?.make) throw new Error(`bulk writer: ${module} exports no derivers ${name}`);
      await writer.deriveOnWrite(derivers, args[1] as unknown[]);
    } else {
      // Every op of the writer's finishes synchronously (better-sqlite3): its promise is already settled.
      const pending = timed(op, () => (writer[op] as (...a: unknown[]) => Promise<unknown>)(...args));
      result = await pending;
    }
    port?.postMessage({ id, result } satisfies WriterAnswer);
  } catch (e) {
    const { message, code } = e as Error & { code?: string };
    port?.postMessage({ id, error: { message, ...(typeof code === 'string' ? { code } : {}) } } satisfies WriterAnswer);
  }
}

/** One index built beside, unless the file is busy (another connection writing): then later. */
function buildOne() {
  try {
    if (!timed('index', () => writer.restoreOne(beside))) beside.clear();
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY') quietUntil = performance.now() + quietAfterPing;
    else {
      failed = e as Error;
      beside.clear();
    }
  }
}

/** One call, or one index built beside; then the next turn, after the messages that came meanwhile. */
async function turn() {
  later = undefined;
  const call = calls.shift();
  if (call) await run(call);
  else if (beside.size > 0 && performance.now() >= quietUntil) buildOne();
  if (calls.length > 0) setImmediate(turn);
  else if (beside.size > 0) later = setTimeout(turn, Math.max(0, quietUntil - performance.now()));
  else turning = false;
}

port.on('message', (call: WriterCall) => {
  calls.push(call);
  if (later) {
    clearTimeout(later);
    later = undefined;
    setImmediate(turn);
  } else if (!turning) {
    turning = true;
    setImmediate(turn);
  }
});
