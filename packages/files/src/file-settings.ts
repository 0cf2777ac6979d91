// Where uploads are kept and how large each kind may be: read from the environment once at start (the gateway's
// config), with the organisation's defaults, and one set in force per process (as the role catalog is).
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { FileKind } from './accepted-types';

export const storeKinds = ['disk', 'database'] as const;
export type StoreKind = (typeof storeKinds)[number];

const megabytes = (fallback: number) => z.coerce.number().positive().max(4096).default(fallback);

/** The environment's settings, for the gateway's configuration schema (`...fileEnvironment`). */
export const fileEnvironment = {
  /** disk | database. Unset: disk with SQLite, the database with PostgreSQL (so several gateways share files). */
  FILES_STORE: z.enum(storeKinds).optional(),
  /** The disk store's folder; a relative path is read from the folder the command was run in, as DATABASE_URL. */
  FILES_DIR: z.string().min(1).default('./data/files'),
  /** Largest upload of each kind, in MB (MiB: 1,048,576 bytes). */
  FILES_MAX_IMAGE_MB: megabytes(10),
  FILES_MAX_VIDEO_MB: megabytes(500),
  FILES_MAX_AUDIO_MB: megabytes(50),
  FILES_MAX_DOCUMENT_MB: megabytes(50),
  /**
   * Uploads one gateway receives at once: each arrives into a temporary file (up to its kind's limit), so this
   * times the largest limit bounds that disk space. Others wait their turn; past four times as many, "busy" (503).
   */
  FILES_UPLOADS_AT_ONCE: z.coerce.number().int().min(1).max(64).default(2),
};
const environment = z.object(fileEnvironment);
export type FileEnvironment = z.output<typeof environment>;

export type FileSettings = {
  /** Absolute path of the disk store's folder. */
  dir: string;
  /** Where new bytes go; undefined: chosen by the database's provider (fileStorage). */
  store: StoreKind | undefined;
  /** Largest upload of each kind, in bytes. */
  limits: Record<FileKind, number>;
};

const mib = 1024 * 1024;

export function fileSettings(env: FileEnvironment): FileSettings {
  return {
    // Like sqliteFile in @strata/db: npm runs a workspace's script in its folder but keeps the caller's in INIT_CWD.
    dir: resolve(process.env.INIT_CWD ?? process.cwd(), env.FILES_DIR),
    store: env.FILES_STORE,
    limits: {
      image: Math.round(env.FILES_MAX_IMAGE_MB * mib),
      video: Math.round(env.FILES_MAX_VIDEO_MB * mib),
      audio: Math.round(env.FILES_MAX_AUDIO_MB * mib),
      document: Math.round(env.FILES_MAX_DOCUMENT_MB * mib),
    },
  };
}

/**
 * Where uploads arrive while they are checked: `tmp` under the disk store's folder, on its file system, so a
 * kept upload is moved into the store rather than copied. Its files end in `.tmp` (a backup skips them).
 */
export const arrivalsDir = (settings: Pick<FileSettings, 'dir'>) => join(settings.dir, 'tmp');

let installed: FileSettings | undefined;

/** Puts the settings in force for this process (the gateway at start); procedures then read them. */
export function installFileSettings(settings: FileSettings) {
  installed = settings;
}

/** The settings in force: the installed ones, else the defaults. */
export function currentFileSettings(): FileSettings {
  installed ??= fileSettings(environment.parse({}));
  return installed;
}
