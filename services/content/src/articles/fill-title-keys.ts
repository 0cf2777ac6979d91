// Articles written before titleKey existed (or by a writer that left it empty) get their sort key: run at
// start-up, in batches, walking ids forward so it ends even for a title whose key is empty.
import { naturalKey } from '@strata/api';
import type { Db } from '@strata/db';

const batch = 500;

export async function fillTitleKeys(db: Db): Promise<number> {
  let filled = 0;
  let after = 0;
  for (;;) {
    const rows = await db.article.findMany({
      where: { id: { gt: after }, titleKey: '', NOT: { title: '' } },
      select: { id: true, title: true },
      orderBy: { id: 'asc' },
      take: batch,
    });
    const last = rows.at(-1);
    if (!last) return filled;
    await db.$transaction(
      rows.map((row) => db.article.update({ where: { id: row.id }, data: { titleKey: naturalKey(row.title) } })),
    );
    filled += rows.length;
    after = last.id;
  }
}
