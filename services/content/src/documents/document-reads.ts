// Reading one document with what the console shows of it: its unit, every version (newest first) with its file and
// uploader. Versions are not unit-owned rows: they are only ever read through a document found in the scope.
import { notFound, type Scope } from '@strata/api';
import type { Db, Tx } from '@strata/db';
import { type DocumentDetail, toDocumentFile, toDocumentImage, toDocumentRow } from './document-schemas';

export const withVersions = {
  unit: { select: { name: true, path: true } },
  versions: {
    orderBy: { number: 'desc' },
    include: {
      file: { select: { id: true, name: true, size: true, mime: true } },
      uploadedBy: { select: { displayName: true } },
    },
  },
} as const;

type Read = NonNullable<Awaited<ReturnType<typeof readDocument>>>;

/** The document `id` where the caller holds `permission`, with its versions; null outside the scope or missing. */
export const readDocument = (db: Db | Tx, scope: Scope, permission: 'content.read' | 'content.write', id: number) =>
  db.document.findFirst({ where: { id, ...scope.ownedWhere(permission) }, include: withVersions });

/** As readDocument, answering NOT_FOUND for a document outside the scope exactly as for a missing one. */
export async function documentInScope(
  db: Db | Tx,
  scope: Scope,
  permission: 'content.read' | 'content.write',
  id: number,
) {
  const document = await readDocument(db, scope, permission, id);
  if (!document) throw notFound();
  return document;
}

/** The current version's file (the versions are read newest first). */
export function currentFile(document: Read) {
  const current = document.versions.find((v) => v.number === document.version) ?? document.versions[0];
  if (!current) throw new Error(`document ${document.id} has no version`);
  return current.file;
}

export function toDocumentDetail(scope: Scope, document: Read): DocumentDetail {
  const row = toDocumentRow(document, {
    unitName: document.unit.name,
    file: currentFile(document),
    write: scope.covers('content.write', document.unit.path),
  });
  return Object.assign(row, {
    versions: document.versions.map((v) => ({
      id: v.id,
      number: v.number,
      note: v.note,
      file: toDocumentFile(v.file),
      uploadedByName: v.uploadedBy?.displayName ?? null,
      createdAt: v.createdAt.toISOString(),
    })),
  });
}

/** The document as the audit log keeps it. */
export const documentImage = (document: Read) => toDocumentImage(document, currentFile(document));

export async function getDocument(db: Db, { scope, id }: { scope: Scope; id: number }) {
  return toDocumentDetail(scope, await documentInScope(db, scope, 'content.read', id));
}
