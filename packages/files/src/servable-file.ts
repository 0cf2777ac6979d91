// Reading a file for a request to /files. The one read of files across scopes: whether a file is public is a
// fact about every article, document and lesson that uses it, whoever owns them. Whether a private file is the
// caller's is then their scope's to say (Scope.covers, the rule the scope guard applies to every query), or their
// enrolment's, for a lesson's file (lessonVersions).
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
 * or as its cover), the current version of a public document, or a lesson of the current version of a published
 * public course (the portal's learning corner plays it without sign-in). `lessonVersions` are the course versions
 * whose lessons use it, with their course's unit, for the rules of a signed-in reader. Null when there is no such
 * file. `db` is the raw client: this must see articles, documents and courses in every unit.
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
      lessons: {
        select: {
          versionId: true,
          version: {
            select: {
              course: {
                select: { status: true, isPublic: true, currentVersionId: true, unit: { select: { path: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!file) return null;
  const { articles, covers, documentVersions, lessons, ...served } = file;
  const current = documentVersions.some((v) => v.number === v.document.version);
  const onPortal = lessons.some(
    ({ versionId, version: { course } }) =>
      course.status === 'published' && course.isPublic && course.currentVersionId === versionId,
  );
  const lessonVersions = lessons.map(({ versionId, version }) => ({
    versionId,
    courseUnitPath: version.course.unit.path,
  }));
  return { ...served, lessonVersions, public: articles.length > 0 || covers.length > 0 || current || onPortal };
}

/**
 * Whether the account takes one of the course versions (an enrolment that is not withdrawn): its lessons' files
 * are its to read. The raw client, as above: the enrolment is owned by the learner's unit, whatever their grants.
 */
export async function enrolledInAny(db: Db, userId: number, versionIds: readonly number[]): Promise<boolean> {
  if (!versionIds.length) return false;
  const enrolment = await db.enrolment.findFirst({
    where: { userId, versionId: { in: [...new Set(versionIds)] }, status: { not: 'withdrawn' } },
    select: { id: true },
  });
  return enrolment !== null;
}

export type ServableFile = NonNullable<Awaited<ReturnType<typeof servableFile>>>;
