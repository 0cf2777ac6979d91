// The members' values in the order the console offers them; `satisfies` ties each list to the API's own types.
import type { MapFigure } from './api-types';

/** The figures the map colours by: party members first, then the lifecycle's stages in order, then floating members. */
export const mapFigures = [
  'members',
  'applicant',
  'activist',
  'candidate',
  'probationary',
  'full',
  'floating',
] as const satisfies readonly MapFigure[];

/** The kinds of unit, from the top of the tree down. */
export const unitKinds = ['municipality', 'township', 'branch', 'group'] as const;

// Every figure the API offers is listed: a new one stops the build here until it is offered (and named in i18n).
type Unlisted = Exclude<MapFigure, (typeof mapFigures)[number]>;
export const everyFigureListed: [Unlisted] extends [never] ? true : Unlisted = true;
