// Public pages kept for a moment: a page answered again within `spanMs` of when it was made, while none of the
// tables it reads has been written (whileUnchanged in @strata/db), is served as made, with its ETag, without reading
// or rendering it again. Pages are public and already cacheable for a minute by any browser or proxy
// (Cache-Control), so a second of keeping changes nothing a reader can tell; what a page shows because of the time (a
// scheduled article, a window's end) shows at most `spanMs` late. A burst of readers on one page (an article everyone
// is sent) then costs about what serving a file does. Pages have a shelf of their own: a crawler's run over every
// address does not push out the values that are dear to compute.
import { createHash } from 'node:crypto';
import type { PublicPageAnswer } from '@strata/api';
import { type Db, type Table, whileUnchanged } from '@strata/db';

export type ServedPage = { answer: PublicPageAnswer; etag: string | null };

type Made = ServedPage & { at: number };

const etagOf = (answer: PublicPageAnswer) =>
  answer.status === 200 ? `"${createHash('sha256').update(answer.body).digest('base64url')}"` : null;

export function publicPageMemo(db: Db, { spanMs = 1000, entries = 500 } = {}) {
  const shelf = { name: 'public pages', size: entries };
  return async (
    key: string,
    at: number,
    reads: readonly Table[],
    render: () => Promise<PublicPageAnswer>,
  ): Promise<ServedPage> => {
    const make = async (): Promise<Made> => {
      const answer = await render();
      return { answer, etag: etagOf(answer), at };
    };
    if (spanMs <= 0) return make();
    return whileUnchanged(db, key, make, {
      reads,
      holds: (made) => at >= made.at && at - made.at < spanMs,
      shelf,
    });
  };
}
