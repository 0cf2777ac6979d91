// A unit's document library: what a list may be narrowed to, what a writer sends, and what the console reads.
import { type Instant, idInput, isoDate, pageInput, toIso } from '@strata/api';
import { fileUrl } from '@strata/files';
import { z } from 'zod';

export const documentVisibilities = ['public', 'internal'] as const;
export const documentVisibility = z.enum(documentVisibilities);
export type DocumentVisibility = z.infer<typeof documentVisibility>;

/** The fields' limits, the same the console's form checks (apps/content/src/documents/document-values.ts). */
export const documentLimits = { titleMin: 2, titleMax: 100, categoryMax: 20, descriptionMax: 500, noteMax: 200 };

const title = z.string().trim().min(documentLimits.titleMin).max(documentLimits.titleMax);
const category = z.string().trim().min(1).max(documentLimits.categoryMax);
const description = z.string().trim().max(documentLimits.descriptionMax);
const note = z.string().trim().max(documentLimits.noteMax);

/** What a list of documents may be narrowed to and ordered by. */
export const documentFilter = pageInput.extend({
  unitId: idInput.optional(),
  category: category.optional(),
  visibility: documentVisibility.optional(),
  /** Words in the title or the description, taken literally (% and _ included). */
  search: z.string().trim().max(50).optional(),
  sort: z.enum(['updatedAt', 'title', 'category']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type DocumentFilter = z.output<typeof documentFilter>;

/** A new document: its first version is the file named (uploaded through POST /api/files). */
export const newDocument = z.strictObject({
  unitId: idInput,
  title,
  category,
  description: description.default(''),
  visibility: documentVisibility.default('internal'),
  fileId: idInput,
  note: note.default(''),
});
export type NewDocument = z.output<typeof newDocument>;

/** An edit of the document's own fields: only those named change (its file changes by a new version). */
export const documentChanges = z.strictObject({
  id: idInput,
  title: title.optional(),
  category: category.optional(),
  description: description.optional(),
  visibility: documentVisibility.optional(),
});
export type DocumentChanges = z.output<typeof documentChanges>;

export const newVersion = z.strictObject({ id: idInput, fileId: idInput, note: note.default('') });
export type NewVersion = z.output<typeof newVersion>;

/** The file of a version, as a list links to it. */
const documentFile = z.object({
  id: z.number().int(),
  name: z.string(),
  size: z.number().int(),
  mime: z.string(),
  /** `/files/<id>/<name>`: public while it is the current file of a public document, else for readers in scope. */
  url: z.string(),
});

export const documentRow = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  unitName: z.string(),
  title: z.string(),
  category: z.string(),
  description: z.string(),
  visibility: documentVisibility,
  /** The newest version's number: the one shown and downloaded. */
  version: z.number().int(),
  file: documentFile,
  createdAt: isoDate,
  updatedAt: isoDate,
  /** Whether the caller may edit it, add a version or remove it (content.write at its unit). */
  actions: z.object({ write: z.boolean() }),
});
export type DocumentRow = z.infer<typeof documentRow>;

export const documentVersionOutput = z.object({
  id: z.number().int(),
  number: z.number().int(),
  note: z.string(),
  file: documentFile,
  uploadedByName: z.string().nullable(),
  createdAt: isoDate,
});

/** One document with every version, newest first. */
export const documentDetail = documentRow.extend({ versions: z.array(documentVersionOutput) });
export type DocumentDetail = z.infer<typeof documentDetail>;

type FileRead = { id: number; name: string; size: number; mime: string };
export const toDocumentFile = (f: FileRead): z.infer<typeof documentFile> => ({
  id: f.id,
  name: f.name,
  size: f.size,
  mime: f.mime,
  url: fileUrl(f),
});

/** A document's own fields as the lists and the audit log read them. */
export type DocumentFields = {
  id: number;
  unitId: number;
  title: string;
  category: string;
  description: string;
  visibility: string;
  version: number;
  createdAt: Instant;
  updatedAt: Instant;
};

export const toDocumentRow = (
  d: DocumentFields,
  { unitName, file, write }: { unitName: string; file: FileRead; write: boolean },
): DocumentRow => ({
  id: d.id,
  unitId: d.unitId,
  unitName,
  title: d.title,
  category: d.category,
  description: d.description,
  visibility: d.visibility as DocumentVisibility,
  version: d.version,
  file: toDocumentFile(file),
  createdAt: toIso(d.createdAt),
  updatedAt: toIso(d.updatedAt),
  actions: { write },
});

/** The document as the audit log keeps it: its fields and its current file. */
export const toDocumentImage = (d: DocumentFields, file: { id: number; name: string }) => ({
  id: d.id,
  unitId: d.unitId,
  title: d.title,
  category: d.category,
  description: d.description,
  visibility: d.visibility,
  version: d.version,
  fileId: file.id,
  fileName: file.name,
});
