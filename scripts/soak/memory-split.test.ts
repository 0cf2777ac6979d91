import { describe, expect, it } from 'vitest';
import { partSlopes, probeSamples } from './memory-split';
import { withNodeFlags } from './production-server';
import { parseSmaps, smapsByKind, smapsGrowth } from './smaps';

const smaps = (
  heapRss: number,
  arenaRss: number,
  heapEnd = '55d0a2000000',
) => `55d0a0000000-${heapEnd} rw-p 00000000 00:00 0                          [heap]
Size:              32768 kB
Rss:               ${heapRss} kB
Pss:               ${heapRss} kB
7f0000000000-7f0004000000 rw-p 00000000 00:00 0 
Size:              65536 kB
Rss:               ${arenaRss} kB
7f1000000000-7f1000200000 r-xp 00000000 08:01 1234                       /usr/lib/libsqlite.so
Size:               2048 kB
Rss:                1024 kB
VmFlags: rd ex mr mw me sd
`;

describe('the memory map', () => {
  it('reads each mapping with its size, resident size, permissions and name', () => {
    const mappings = parseSmaps(smaps(4000, 9000));
    expect(mappings).toEqual([
      { range: '55d0a0000000-55d0a2000000', perms: 'rw-p', sizeKb: 32768, rssKb: 4000, name: '[heap]' },
      { range: '7f0000000000-7f0004000000', perms: 'rw-p', sizeKb: 65536, rssKb: 9000, name: '' },
      { range: '7f1000000000-7f1000200000', perms: 'r-xp', sizeKb: 2048, rssKb: 1024, name: '/usr/lib/libsqlite.so' },
    ]);
    expect(smapsByKind(mappings)).toEqual({ '[heap]': 4000, 'anonymous rw-p': 9000, files: 1024 });
  });

  it('names the mappings that grew, largest change first, and leaves out the unchanged', () => {
    // The brk heap grew in place: same start, a later end.
    const grown = smapsGrowth(parseSmaps(smaps(4000, 9000)), parseSmaps(smaps(4100, 12000, '55d0a3000000')));
    expect(grown.map((m) => [m.name, m.rssChangeKb, m.isNew])).toEqual([
      ['', 3000, false],
      ['[heap]', 100, false],
    ]);
  });
});

describe('partSlopes', () => {
  it('fits each part after the warm-up: a growing part has its slope, a flat one none', () => {
    const samples = [0, 1, 2, 3, 4, 5].map((minute) => ({
      minute,
      // The warm-up's jump (minute 0) is left out of the fit.
      parts: { heap: minute === 0 ? 10 : 40, native: minute === 0 ? 10 : 50 + 2 * minute },
    }));
    const slopes = partSlopes(samples, 1);
    expect(slopes.heap).toMatchObject({ min: 40, max: 40, slopePerMinute: 0 });
    expect(slopes.native).toMatchObject({ min: 52, max: 60, slopePerMinute: 2 });
  });

  it('reads the probe lines as parts in MB', () => {
    const line = JSON.stringify({ minute: 1.5, rssMb: 150, heapUsedMb: 30, spacesUsedMb: { old_space: 20 } });
    expect(probeSamples(`${line}\n`)).toEqual([
      { minute: 1.5, parts: expect.objectContaining({ rssMb: 150, heapUsedMb: 30, externalMb: 0 }) },
    ]);
  });
});

describe('withNodeFlags', () => {
  it('puts the flags right after node, after the environment', () => {
    expect(withNodeFlags('MALLOC_ARENA_MAX=2 node --optimize-for-size dist/main.js', ['--import=/p.mjs'])).toBe(
      'MALLOC_ARENA_MAX=2 node --import=/p.mjs --optimize-for-size dist/main.js',
    );
  });

  it('leaves a command alone without flags, and refuses flags for a start that is not node', () => {
    expect(withNodeFlags('tsx src/main.ts', [])).toBe('tsx src/main.ts');
    expect(() => withNodeFlags('tsx src/main.ts', ['--import=/p.mjs'])).toThrow(/node flags/);
  });
});
