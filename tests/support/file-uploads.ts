// Uploads over HTTP as the console sends them (multipart: `unitId`, then `file`), against a gateway whose files
// live in a fresh folder under /tmp (removed when the server closes) and whose clock a test sets.
import { mkdtempSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '@strata/db';
import { buildServer, loadConfig } from '@strata/gateway';
import type { FastifyInstance } from 'fastify';
import type { SessionHeaders } from './http-session';

export type Part = { name: string; value: string } | { name: string; filename: string; bytes: Uint8Array };

/** A multipart/form-data body; file names travel as raw UTF-8, as browsers send them. */
export function multipart(parts: Part[]) {
  const boundary = `----strata${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition =
      'filename' in part
        ? `form-data; name="${part.name}"; filename="${part.filename.replace(/"/g, '%22')}"\r\nContent-Type: application/octet-stream`
        : `form-data; name="${part.name}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n\r\n`));
    chunks.push('filename' in part ? Buffer.from(part.bytes) : Buffer.from(part.value));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export type FilesServer = {
  app: FastifyInstance;
  /** The disk store's folder. */
  dir: string;
  setNow: (now: Date | null) => void;
  /** Every file under the disk store's folder (temporary ones included). */
  filesOnDisk: () => string[];
};

export async function filesServer(database: { url: string; db: Db }, settings: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'strata-files-'));
  let fixed: Date | null = null;
  const config = loadConfig({
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
    STATIC_ROOT: mkdtempSync(join(tmpdir(), 'strata-static-')),
    FILES_DIR: dir,
    ...settings,
  });
  const app = await buildServer(config, database.db, undefined, {
    clock: () => (fixed ? new Date(fixed) : new Date()),
  });
  app.addHook('onClose', () => rm(dir, { recursive: true, force: true }));
  const server: FilesServer = {
    app,
    dir,
    setNow: (now) => {
      fixed = now;
    },
    filesOnDisk: () =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name),
  };
  return server;
}

/** Uploads one file to a unit as the signed-in session (or as given headers). */
export function upload(
  app: FastifyInstance,
  headers: Partial<SessionHeaders> & Record<string, string>,
  unitId: number | string,
  filename: string,
  bytes: Uint8Array,
) {
  const body = multipart([
    { name: 'unitId', value: String(unitId) },
    { name: 'file', filename, bytes },
  ]);
  const { 'content-type': _json, ...rest } = headers;
  return app.inject({
    method: 'POST',
    url: '/api/files',
    payload: body.payload,
    headers: { ...rest, 'content-type': body.contentType },
  });
}
