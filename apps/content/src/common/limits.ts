// The server's own limits on what a form sends, checked by the forms first so the user hears sooner. Apart from
// domain-values.ts (which the list, in the app chunk, reads) so they travel with the forms that use them.

/** The server's own limits (docs/api.md). */
export const articleLimits = {
  titleMin: 2,
  titleMax: 100,
  summaryMax: 300,
  bylineMax: 50,
  sourceMax: 100,
  tagsMax: 10,
  tagMax: 20,
} as const;
export const columnNameLimits = { min: 1, max: 20 } as const;
