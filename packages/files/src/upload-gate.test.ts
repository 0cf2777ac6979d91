import { describe, expect, it } from 'vitest';
import { FileError } from './file-error';
import { UploadGate } from './upload-gate';

/** Work that ends when told to, recording when it started. */
function held(log: string[], name: string) {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    finish = () => resolve(name);
    fail = reject;
  });
  return {
    work: () => {
      log.push(`start ${name}`);
      return done;
    },
    finish,
    fail,
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('UploadGate', () => {
  it('lets `atOnce` uploads in, the next ones in their order as places free, and refuses past the waiting list', async () => {
    const gate = new UploadGate(2, 1);
    const log: string[] = [];
    const [a, b, c] = [held(log, 'a'), held(log, 'b'), held(log, 'c')];
    const runs = [gate.through(a.work), gate.through(b.work), gate.through(c.work)];
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    expect(gate.load).toEqual({ inside: 2, waiting: 1 });
    // A fourth finds two inside and one waiting: busy, at once.
    const refused = await gate.through(async () => 'never').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FileError);
    expect((refused as FileError).code).toBe('busy');
    expect((refused as FileError).status).toBe(503);
    b.finish();
    await settle();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    expect(gate.load).toEqual({ inside: 2, waiting: 0 });
    a.finish();
    c.finish();
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c']);
    expect(gate.load).toEqual({ inside: 0, waiting: 0 });
  });

  it('frees the place of an upload that fails, for the next one', async () => {
    const gate = new UploadGate(1, 4);
    const log: string[] = [];
    const [a, b] = [held(log, 'a'), held(log, 'b')];
    const first = gate.through(a.work).catch((error: Error) => error.message);
    const second = gate.through(b.work);
    await settle();
    expect(log).toEqual(['start a']);
    a.fail(new Error('a broke'));
    expect(await first).toBe('a broke');
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    b.finish();
    expect(await second).toBe('b');
    expect(gate.load).toEqual({ inside: 0, waiting: 0 });
  });
});
