// How many uploads one gateway receives at once. An upload arrives into a temporary file while it is hashed,
// checked and kept (up to its kind's limit: 500 MB of video by default), so the gate bounds that disk space, and
// the disk and database work, to `atOnce` uploads; the next ones wait their turn, in order, and past `waiting` of
// them an upload is answered "busy" (503, try again) before a byte of its file is read.
import { FileError } from './file-error';

export class UploadGate {
  #inside = 0;
  readonly #queue: (() => void)[] = [];

  constructor(
    readonly atOnce: number,
    readonly waiting: number,
  ) {
    if (!Number.isInteger(atOnce) || atOnce < 1) throw new Error('UploadGate: atOnce must be a whole number from 1');
    if (!Number.isInteger(waiting) || waiting < 0) throw new Error('UploadGate: waiting must be a whole number');
  }

  /** Uploads inside and waiting, for tests and logs. */
  get load() {
    return { inside: this.#inside, waiting: this.#queue.length };
  }

  /** Runs `work` once a place is free, and frees it when the work ends, however it ends. */
  async through<T>(work: () => Promise<T>): Promise<T> {
    if (this.#inside >= this.atOnce) {
      if (this.#queue.length >= this.waiting) throw new FileError('busy');
      // The place is handed over by the upload that leaves it, so no newcomer can take it first.
      await new Promise<void>((enter) => this.#queue.push(enter));
    } else this.#inside++;
    try {
      return await work();
    } finally {
      const next = this.#queue.shift();
      if (next) next();
      else this.#inside--;
    }
  }
}
