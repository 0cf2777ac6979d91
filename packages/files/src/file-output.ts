// A file as the API sends it (the upload's answer, the console's lists): its fields and the URLs that serve it.
import { type Instant, isoDate, toIso } from '@strata/api';
import { z } from 'zod';
import { fileKinds } from './accepted-types';

export const storedFileOutput = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  kind: z.enum(fileKinds),
  /** As the uploader named it. */
  name: z.string(),
  /** The type read from the bytes. */
  mime: z.string(),
  size: z.number().int(),
  /** Images only: as shown (upright). */
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  /** The bytes: `/files/<id>/<name>` (the name is for people and downloads; the id decides). */
  url: z.string(),
  /** Images only: the WebP preview, at most 800 px wide. */
  previewUrl: z.string().nullable(),
  createdAt: isoDate,
});
export type StoredFile = z.infer<typeof storedFileOutput>;

/** The upload's answer, `POST /api/files` (201). */
export const uploadAnswer = z.object({ file: storedFileOutput });

type Named = { id: number; name: string };

/** A file's URL. The one name that would read as the preview's path is left out (any name serves the file). */
export const fileUrl = ({ id, name }: Named) =>
  `/files/${id}/${name === 'preview' ? 'file' : encodeURIComponent(name)}`;

export const previewUrl = ({ id, previewSha256 }: { id: number; previewSha256: string | null }) =>
  previewSha256 ? `/files/${id}/preview` : null;

export type FileFields = Named & {
  unitId: number;
  kind: string;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  previewSha256: string | null;
  createdAt: Instant;
};

export const toStoredFile = (f: FileFields): StoredFile => ({
  id: f.id,
  unitId: f.unitId,
  kind: f.kind as StoredFile['kind'],
  name: f.name,
  mime: f.mime,
  size: f.size,
  width: f.width,
  height: f.height,
  url: fileUrl(f),
  previewUrl: previewUrl(f),
  createdAt: toIso(f.createdAt),
});
