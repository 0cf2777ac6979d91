// The write burst: eight workers, each signed in as a demo role, each writing its own entities one request
// at a time (articles created and edited, units created and renamed, grants added and removed), recording
// in the ledger every write the server acknowledged with a 2xx and the state it answered.
import type { Db } from '@strata/db';
import type { ArticleState, GrantState, Ledger, UnitState, WriteKind } from './ledger';

type Does = 'articles' | 'units' | 'grants';

/** Who writes what: demo logins whose roles hold the permission, spread over both townships. */
const crew: { username: string; does: Does; grantee?: string }[] = [
  { username: 'editor', does: 'articles' },
  { username: 'secretary', does: 'articles' },
  { username: 'reviewer', does: 'articles' },
  { username: 'admin', does: 'articles' },
  { username: 'chengguan', does: 'units' },
  { username: 'admin', does: 'units' },
  { username: 'donghu', does: 'grants', grantee: 'volunteer' },
  { username: 'admin', does: 'grants', grantee: 'member' },
];
export const crewUsernames = [...new Set(crew.map((c) => c.username))];

export type Worker = {
  index: number;
  username: string;
  does: Does;
  /** Columns the worker writes articles into, or the branches it adds units and grants at. */
  targets: number[];
  granteeId?: number;
  /** The entities this worker created (acknowledged); only it writes them. */
  own: number[];
  made: number;
};

/** Each worker's targets, read from the seeded database: what its grants cover. */
export async function planWorkers(db: Db): Promise<Worker[]> {
  return Promise.all(
    crew.map(async (c, index) => {
      const grants = await db.grant.findMany({ where: { user: { username: c.username } }, include: { unit: true } });
      const under = grants.map((g) => ({ path: { startsWith: g.unit.path } }));
      const targets =
        c.does === 'articles'
          ? await db.column.findMany({ where: { unit: { OR: under, archivedAt: null } }, select: { id: true } })
          : await db.unit.findMany({ where: { OR: under, kind: 'branch', archivedAt: null }, select: { id: true } });
      if (targets.length === 0) throw new Error(`${c.username} has nothing to write to: is the demo seeded?`);
      const grantee = c.grantee ? await db.user.findUniqueOrThrow({ where: { username: c.grantee } }) : undefined;
      return { index, ...c, targets: targets.map((t) => t.id), granteeId: grantee?.id, own: [], made: 0 };
    }),
  );
}

export type Random = () => number;

/** A small seeded generator (mulberry32): a run's choices and kill moments can be replayed from its seed. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = <T>(random: Random, items: readonly T[]) => items[Math.floor(random() * items.length)] as T;

/** Text of mixed CJK and ASCII, so a torn or truncated write of multi-byte content shows as a difference. */
function text(random: Random, length: number, tag: string) {
  let s = `${tag} `;
  while (s.length < length)
    s +=
      random() < 0.7
        ? String.fromCharCode(0x4e00 + Math.floor(random() * 2000))
        : 'abcdefg 0123456789'[Math.floor(random() * 18)];
  return s.trim();
}

type Answer =
  | { kind: 'ok'; data: Record<string, unknown> }
  | { kind: 'refused'; status: number; code: string }
  | { kind: 'down' };

export type BurstStats = { refused: Record<string, number>; serverErrors: number };

export type Burst = {
  base: string;
  headers: Record<string, Record<string, string>>;
  ledger: Ledger;
  random: Random;
  cycle: number;
  stats: BurstStats;
  /** Cleared when the server was killed: no new requests. */
  alive: boolean;
};

async function call(burst: Burst, username: string, path: string, input: unknown): Promise<Answer> {
  try {
    const res = await fetch(`${burst.base}/trpc/${path}`, {
      method: 'POST',
      headers: burst.headers[username],
      body: JSON.stringify(input),
      signal: AbortSignal.timeout(30_000),
    });
    // Acknowledged means the whole answer arrived: a body cut off by the kill is not an acknowledgement.
    const body = (await res.json()) as {
      result?: { data: Record<string, unknown> };
      error?: { data?: { code?: string } };
    };
    if (res.ok && body.result) return { kind: 'ok', data: body.result.data };
    return { kind: 'refused', status: res.status, code: body.error?.data?.code ?? '?' };
  } catch {
    return { kind: 'down' };
  }
}

/**
 * Sends one write and books its answer. `entity` names an existing entity (an update), whose in-flight state
 * is `pending`; a create has none until the answer gives its id.
 */
async function write<T extends 'article' | 'unit' | 'grant'>(
  burst: Burst,
  worker: Worker,
  op: { kind: WriteKind; table: T; path: string; input: unknown; entity?: number; pending?: unknown },
  stateOf: (data: Record<string, unknown>) => { article: ArticleState; unit: UnitState; grant: GrantState }[T],
): Promise<Answer> {
  const { ledger } = burst;
  if (op.entity !== undefined) ledger.sent(op.table, op.entity, op.pending as never);
  const answer = await call(burst, worker.username, op.path, op.input);
  if (answer.kind === 'ok') {
    const id = op.entity ?? (answer.data.id as number);
    if (op.entity === undefined && !worker.own.includes(id)) worker.own.push(id);
    ledger.acknowledge(op.kind, op.table, id, stateOf(answer.data));
  } else if (answer.kind === 'refused') {
    const key = `${answer.status} ${answer.code} ${op.kind}`;
    burst.stats.refused[key] = (burst.stats.refused[key] ?? 0) + 1;
    // A 5xx's outcome is unknown (it may have failed after the commit): the write stays in flight.
    if (answer.status >= 500) burst.stats.serverErrors += 1;
    else if (op.entity !== undefined) ledger.refused(op.table, op.entity);
  }
  return answer;
}

const articleState = (d: Record<string, unknown>): ArticleState => ({
  title: d.title as string,
  summary: d.summary as string,
  body: d.body as string,
  status: d.status as string,
  columnId: d.columnId as number,
});
const unitState = (d: Record<string, unknown>): UnitState => ({
  name: d.name as string,
  parentId: d.parentId as number | null,
  path: d.path as string,
  kind: d.kind as string,
});

/** One write of the worker's kind: create a new entity or change one of its own. */
function step(burst: Burst, w: Worker): Promise<Answer> {
  const { random, ledger } = burst;
  const tag = `c${burst.cycle}w${w.index}n${++w.made}`;
  if (w.does === 'articles') {
    const mine = ledger.settled('article', w.own);
    if (mine.length < 2 || random() < 0.35) {
      const input = {
        columnId: pick(random, w.targets),
        title: text(random, 10 + Math.floor(random() * 40), tag),
        summary: text(random, Math.floor(random() * 120), tag),
        body: text(random, 100 + Math.floor(random() * 6000), tag),
      };
      return write(
        burst,
        w,
        { kind: 'article.create', table: 'article', path: 'content.articles.create', input },
        articleState,
      );
    }
    const id = pick(random, mine);
    const change = {
      title: text(random, 10 + Math.floor(random() * 40), tag),
      body: text(random, 100 + Math.floor(random() * 6000), tag),
    };
    const pending = { ...ledger.current('article', id)!, ...change };
    const op = { kind: 'article.update' as const, table: 'article' as const, path: 'content.articles.update' };
    return write(burst, w, { ...op, input: { id, ...change }, entity: id, pending }, articleState);
  }
  if (w.does === 'units') {
    const mine = ledger.settled('unit', w.own);
    if (mine.length < 2 || random() < 0.4) {
      const input = { parentId: pick(random, w.targets), kind: 'group', name: `混沌小组 ${tag}` };
      return write(burst, w, { kind: 'unit.create', table: 'unit', path: 'identity.units.create', input }, unitState);
    }
    const id = pick(random, mine);
    const name = `改名 ${tag}`;
    const op = { kind: 'unit.rename' as const, table: 'unit' as const, path: 'identity.units.rename' };
    return write(
      burst,
      w,
      { ...op, input: { id, name }, entity: id, pending: { ...ledger.current('unit', id)!, name } },
      unitState,
    );
  }
  const held = ledger.settled('grant', w.own).filter((id) => ledger.current('grant', id)?.present);
  if (held.length > 0 && random() < 0.45) {
    const id = pick(random, held);
    const removed = { ...ledger.current('grant', id)!, present: false };
    const op = { kind: 'grant.remove' as const, table: 'grant' as const, path: 'identity.grants.remove' };
    return write(burst, w, { ...op, input: { id }, entity: id, pending: removed }, () => removed);
  }
  const input = { userId: w.granteeId!, role: 'content_editor', unitId: pick(random, w.targets) };
  return write(burst, w, { kind: 'grant.add', table: 'grant', path: 'identity.grants.add', input }, (d) => ({
    userId: input.userId,
    role: d.role as string,
    unitId: d.unitId as number,
    present: true,
  }));
}

/** Every worker writes until the server stops answering (it was killed) or the burst is called off. */
export async function runWorkers(burst: Burst, workers: Worker[]) {
  await Promise.all(
    workers.map(async (w) => {
      while (burst.alive) if ((await step(burst, w)).kind === 'down') return;
    }),
  );
}
