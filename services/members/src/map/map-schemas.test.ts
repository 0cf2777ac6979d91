// A location is taken within China's rough extent and refused on its field outside it, with words that name the
// same range as the check.
import { describe, expect, it } from 'vitest';
import { chinaBounds, locateInput } from './map-schemas';
import { mapMessages } from './messages';

const issues = (input: unknown) => {
  const parsed = locateInput.safeParse(input);
  return parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.join('.'), params: (i as { params?: unknown }).params }));
};

describe('a location', () => {
  it('is taken at the edges of the range', () => {
    for (const latitude of [chinaBounds.latitude.min, 32.05, chinaBounds.latitude.max])
      for (const longitude of [chinaBounds.longitude.min, 118.78, chinaBounds.longitude.max])
        expect(issues({ unitId: 1, latitude, longitude })).toEqual([]);
  });

  it('is refused on the field outside the range, with the field’s own words', () => {
    expect(issues({ unitId: 1, latitude: chinaBounds.latitude.max + 0.01, longitude: 118 })).toEqual([
      { path: 'latitude', params: { key: 'members.latitudeOutsideChina' } },
    ]);
    expect(issues({ unitId: 1, latitude: 32, longitude: chinaBounds.longitude.min - 0.01 })).toEqual([
      { path: 'longitude', params: { key: 'members.longitudeOutsideChina' } },
    ]);
    // Swapped by mistake: both refused.
    expect(issues({ unitId: 1, latitude: 118.78, longitude: 32.05 }).map((i) => i.path)).toEqual([
      'latitude',
      'longitude',
    ]);
  });

  it('is refused when it is no finite number', () => {
    for (const latitude of [Number.NaN, Number.POSITIVE_INFINITY, '32'])
      expect(issues({ unitId: 1, latitude, longitude: 118 }).map((i) => i.path)).toEqual(['latitude']);
  });

  it.each(Object.entries(mapMessages))('names the range in %s', (_, words) => {
    for (const bound of [chinaBounds.latitude.min, chinaBounds.latitude.max])
      expect(words.latitudeOutsideChina).toContain(`${bound}°`);
    for (const bound of [chinaBounds.longitude.min, chinaBounds.longitude.max])
      expect(words.longitudeOutsideChina).toContain(`${bound}°`);
  });
});
