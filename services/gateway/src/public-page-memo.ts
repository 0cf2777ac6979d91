// Public pages kept for a moment: a page answered again within `spanMs` of when it was made, while the data it was
// read from is the same (the database's data token, see whileUnchanged in @strata/db: any write anywhere drops it),
// is served as made, with its ETag, without reading or rendering it again. Pages are public and already cacheable
// for a minute by any browser or proxy (Cache-Control), so a second of keeping changes nothing a reader can tell;
// what a page shows because of the time (a scheduled article, a window's end) shows at most `spanMs` late. A burst
// of readers on one page (an article everyone is sent) then costs about what serving a file does.
import { createHash } from 'node:crypto';
import type { PublicPageAnswer } from '@strata/api';
import { type Db, dataGeneration } from '@strata/db';

export type ServedPage = { answer: PublicPageAnswer; etag: string | null };

type Kept = ServedPage & { generation: string; at: number };

const etagOf = (answer: PublicPageAnswer) =>
  answer.status === 200 ? `"${createHash('sha256').update(answer.body).digest('base64url')}"` : null;

export function publicPageMemo(db: Db, { spanMs = 1000, entries = 500 } = {}) {
  const kept = new Map<string, Kept>();
  return async (key: string, at: number, render: () => Promise<PublicPageAnswer>): Promise<ServedPage> => {
    const generation = spanMs > 0 ? await dataGeneration(db) : null;
    const known = kept.get(key);
    if (known && generation !== null && known.generation === generation && at >= known.at && at - known.at < spanMs)
      return known;
    const answer = await render();
    const served = { answer, etag: etagOf(answer) };
    // Kept only when nothing changed while it was read (the same token before and after).
    if (generation !== null && (await dataGeneration(db)) === generation) {
      kept.delete(key);
      if (kept.size >= entries) kept.delete(kept.keys().next().value as string);
      kept.set(key, { ...served, generation, at });
    }
    return served;
  };
}
