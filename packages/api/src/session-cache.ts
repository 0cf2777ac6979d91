// Resolved sessions (session, user, grants and their units: four statements) kept for a few seconds, so a
// signed-in caller's requests do not read them again each time. Whatever changes what a session resolves to
// (sign-out, a password change or reset, disabling or renaming an account, a grant added or removed, a unit
// moved, renamed, archived or restored) calls sessionsChanged inside its transaction: every cache of this
// process forgets the sessions concerned when the transaction ends, and on PostgreSQL every other process
// hears it through LISTEN/NOTIFY at commit. SQLite deployments are one process, so the process's own caches are
// all there is. Expiry is checked on every hit, and a cache whose listener is down serves nothing.
import { type ChannelListener, type Db, listenToChannel, providerOf, providerOfClient, type Tx } from '@strata/db';
import { z } from 'zod';
import { roleCatalog } from './roles';
import { hashToken, type ResolvedSession, resolveSessionById } from './session';
import { notifySessionChange, sessionChangeChannel } from './session-changes.sql';
import { afterTransaction } from './transactions';

/** Whose resolved sessions are stale: one session (by id), every session of an account, or all of them. */
export type SessionChange = { sessionId: string } | { userId: number } | { everyone: true };

const sessionChange = z.union([
  z.strictObject({ sessionId: z.string().min(1) }),
  z.strictObject({ userId: z.number().int() }),
  z.strictObject({ everyone: z.literal(true) }),
]);

export type SessionCacheOptions = {
  /** How long a resolved session is served without reading it again; 0 turns the cache off. */
  ttlMs: number;
  /** Sessions kept at most; the least recently used goes first. */
  maxEntries: number;
};

type Entry = { resolved: ResolvedSession; readAt: number };

/** Every live cache of this process, which sessionsChanged reaches without knowing who holds them. */
const caches = new Set<SessionCache>();

export class SessionCache {
  readonly #entries = new Map<string, Entry>();
  /** Counts forgets: a read that a forget overtook is not kept, as it may hold what was just forgotten. */
  #epoch = 0;
  /** False while the PostgreSQL listener is down: other processes' changes would go unheard. */
  #trusted = true;
  #listener: ChannelListener | undefined;

  constructor(
    private readonly db: Db,
    private readonly options: SessionCacheOptions,
  ) {
    caches.add(this);
  }

  /**
   * On PostgreSQL, hears the changes of every process (this one's too) on the database at `url`. Resolves once
   * listening or once the first attempt failed (then nothing is served from the cache until it listens).
   */
  listen(url: string): Promise<void> {
    if (providerOf(url) !== 'postgresql' || this.#listener) return Promise.resolve();
    this.#trusted = false;
    return new Promise((started) => {
      this.#listener = listenToChannel(url, sessionChangeChannel, {
        message: (payload) => this.forget(parseChange(payload)),
        listening: () => {
          // What was sent while not listening is lost: start over.
          this.forget({ everyone: true });
          this.#trusted = true;
          started();
        },
        lost: () => {
          this.#trusted = false;
          this.forget({ everyone: true });
          started();
        },
      });
    });
  }

  /** The live session for a cookie token, as resolveSession answers it, from the cache while fresh. */
  async resolve(token: string | undefined): Promise<ResolvedSession | null> {
    if (!token) return null;
    const id = hashToken(token);
    const now = Date.now();
    const entry = this.#entries.get(id);
    if (entry) {
      this.#entries.delete(id);
      if (this.#fresh(entry, now)) {
        this.#entries.set(id, entry); // most recently used last
        return entry.resolved;
      }
    }
    const epoch = this.#epoch;
    const resolved = await resolveSessionById(this.db, id);
    if (resolved && this.#trusted && epoch === this.#epoch && this.options.ttlMs > 0) {
      Object.freeze(resolved.session.user);
      Object.freeze(resolved.session);
      this.#entries.set(id, { resolved, readAt: now });
      if (this.#entries.size > this.options.maxEntries)
        this.#entries.delete(this.#entries.keys().next().value as string);
    }
    return resolved;
  }

  #fresh({ resolved, readAt }: Entry, now: number): boolean {
    return (
      this.#trusted &&
      now - readAt < this.options.ttlMs &&
      resolved.session.expiresAt.getTime() > now &&
      // A scope holds the role catalog it was built with; the gateway installs the composed one at start.
      resolved.scope.roles === roleCatalog()
    );
  }

  forget(change: SessionChange) {
    this.#epoch++;
    if ('everyone' in change) return this.#entries.clear();
    for (const [id, { resolved }] of this.#entries)
      if ('sessionId' in change ? id === change.sessionId : resolved.session.user.id === change.userId)
        this.#entries.delete(id);
  }

  get size() {
    return this.#entries.size;
  }

  async close() {
    caches.delete(this);
    this.#entries.clear();
    await this.#listener?.close();
  }
}

/** A payload this version cannot read forgets everything rather than nothing. */
function parseChange(payload: string): SessionChange {
  try {
    const parsed = sessionChange.safeParse(JSON.parse(payload));
    if (parsed.success) return parsed.data;
  } catch {}
  return { everyone: true };
}

/**
 * Called inside the transaction that changes what sessions resolve to: on PostgreSQL the change is announced to
 * every process at commit; this process's caches forget it when the transaction ends (see afterTransaction).
 */
export async function sessionsChanged(tx: Tx, change: SessionChange) {
  if (providerOfClient(tx) === 'postgresql') await notifySessionChange(tx, JSON.stringify(change));
  afterTransaction(() => {
    for (const cache of caches) cache.forget(change);
  });
}
