// Reading a file for a request to /files. The one read of files across scopes: whether a file is public is a
// fact about every article and document that uses it, whoever owns them. Whether a private file is the caller's
// is then their scope's to say (Scope.covers, the rule the scope guard applies to every query).
import type { Db } from '@strata/db';

/**
 * An article whose files anyone may read: published, not in the recycle bin, and inside its window at `now`
 * (both ends optional; the end excluded), the same rule the portal shows articles by.
 */
const publicArticle = (now: Date) => ({
  status: 'published',
  deletedAt: null,
  AND: [
    { OR: [{ publishAt: null }, { publishAt: { lte: now } }] },
    { OR: [{ unpublishAt: null }, { unpublishAt: { gt: now } }] },
  ],
});

/**
 * The file with what serving it needs, and whether it is public at `now`: used by a public article (in its body
 * or as its cover) or the current version of a public document. Null when there is no such file.
 * `db` is the raw client: this must see articles and documents in every unit.
 */
export async function servableFile(db: Db, id: number, now: Date) {
  const live = publicArticle(now);
  const file = await db.file.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      mime: true,
      size: true,
      sha256: true,
      unit: { select: { path: true } },
      blob: { select: { store: true } },
      preview: { select: { sha256: true, size: true, mime: true, store: true } },
      articles: { where: { article: live }, select: { articleId: true }, take: 1 },
      covers: { where: live, select: { id: true }, take: 1 },
      documentVersions: {
        where: { document: { visibility: 'public' } },
        select: { number: true, document: { select: { version: true } } },
      },
    },
  });
  if (!file) return null;
  const { articles, covers, documentVersions, ...served } = file;
  const current = documentVersions.some((v) => v.number === v.document.version);
  return { ...served, public: articles.length > 0 || covers.length > 0 || current };
}

export type ServableFile = NonNullable<Awaited<ReturnType<typeof servableFile>>>;
