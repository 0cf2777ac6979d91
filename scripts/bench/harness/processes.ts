// The processes a bench run measures: the gateway as production runs it, and the floor server. Each is a
// child process on a free port, started through the soak's startServer (one way to start and watch a server),
// stopped with the run.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { buildGateway, productionStart, startServer } from '../../soak/production-server';

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

/** A started server: where it listens, the CPU its processes have used so far (ms), and how to stop it. */
export type Child = { origin: string; cpuMs: () => number; stop: () => Promise<void> };

/** The gateway as `npm start` runs it (its start script, the compiled bundle), started as the soak starts it. */
export async function startGateway(databaseUrl: string, port?: number): Promise<Child> {
  buildGateway();
  const server = await startServer({
    script: productionStart(),
    port: port ?? (await freePort()),
    databaseUrl,
    env: { LOG_LEVEL: 'warn' },
  });
  return {
    origin: server.base,
    cpuMs: server.cpuMs,
    stop: async () => {
      await server.stop();
    },
  };
}

/** The floor server (floor-server.ts), started and watched the same way. */
export async function startFloor(databaseUrl: string, port?: number, env: Record<string, string> = {}): Promise<Child> {
  const server = await startServer({
    script: `tsx ${join(import.meta.dirname, 'floor-server.ts')}`,
    port: port ?? (await freePort()),
    databaseUrl,
    env,
  });
  return {
    origin: server.base,
    cpuMs: server.cpuMs,
    stop: async () => {
      await server.stop();
    },
  };
}
