// Preloaded into the server by the soak when asked (`--memory-split`: `node --import` of this file), never by
// `npm start`: every STRATA_MEMORY_PROBE_MS (default 10 s) it appends one JSON line to the file STRATA_MEMORY_PROBE
// names, splitting the resident set into V8's heap, memory outside it that V8 knows of (external, array buffers)
// and the rest (native: SQLite, Prisma's WebAssembly, malloc), so a rise in RSS can be told apart by where it is.
import { appendFileSync, readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';

const file = process.env.STRATA_MEMORY_PROBE;
const everyMs = Number(process.env.STRATA_MEMORY_PROBE_MS ?? 10_000);
const mb = (bytes) => Math.round(bytes / 104_857.6) / 10;
const started = performance.now();

function statusMb(field, status) {
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  return kb === undefined ? undefined : Math.round(Number(kb) / 102.4) / 10;
}

function sample() {
  const usage = process.memoryUsage();
  const status = readFileSync('/proc/self/status', 'utf8');
  const spaces = Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, mb(s.space_used_size)]));
  const line = {
    minute: Math.round((performance.now() - started) / 60) / 1000,
    rssMb: mb(usage.rss),
    anonMb: statusMb('RssAnon', status),
    fileMb: statusMb('RssFile', status),
    heapTotalMb: mb(usage.heapTotal),
    heapUsedMb: mb(usage.heapUsed),
    externalMb: mb(usage.external),
    arrayBuffersMb: mb(usage.arrayBuffers),
    // What V8 neither holds in its heap nor reports as external: native allocations, code, stacks, shared files.
    outsideV8Mb: mb(usage.rss - usage.heapTotal - usage.external),
    spacesUsedMb: spaces,
  };
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}

if (file) {
  sample();
  setInterval(sample, everyMs).unref();
}
