import { describe, expect, it } from 'vitest';
import { openAtOf, pathAt } from './open-at';

describe('pathAt', () => {
  it('adds the unit to a path with and without its own parameters, keeping them', () => {
    expect(pathAt('/dues/hardship', 12)).toBe('/dues/hardship?at=12');
    expect(pathAt('/dues/members?flagged=true&sort=arrears&order=desc', 7)).toBe(
      '/dues/members?flagged=true&sort=arrears&order=desc&at=7',
    );
  });

  it('replaces a unit the path already named', () => {
    expect(pathAt('/units?at=3&tab=people', 9)).toBe('/units?at=9&tab=people');
  });
});

describe('openAtOf', () => {
  it('reads a unit id', () => {
    expect(openAtOf(new URLSearchParams('flagged=true&at=42'))).toBe(42);
  });

  it.each(['', 'flagged=true', 'at=', 'at=0', 'at=abc', 'at=12abc'])('reads nothing from %j', (search) => {
    expect(openAtOf(new URLSearchParams(search))).toBeUndefined();
  });
});
