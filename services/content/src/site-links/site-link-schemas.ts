// A unit's links to related external sites, as the console edits them and the portal's links page shows them.
import { idInput } from '@strata/api';
import { z } from 'zod';

export const siteLinkLimits = { labelMax: 50, urlMax: 500, perUnit: 100 } as const;

/** An address people may open from the portal: http or https only (no script, data or file URL). */
export const siteLinkUrl = z
  .url({ protocol: /^https?$/ })
  .trim()
  .max(siteLinkLimits.urlMax);

export const siteLinkRow = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  label: z.string(),
  url: z.string(),
  sort: z.number().int(),
});
export type SiteLinkRow = z.infer<typeof siteLinkRow>;

export const newSiteLink = z.strictObject({
  unitId: idInput,
  label: z.string().trim().min(1).max(siteLinkLimits.labelMax),
  url: siteLinkUrl,
});

/** A unit's links in their new order, by id: every link of the unit, once. */
export const siteLinkOrder = z.strictObject({
  unitId: idInput,
  ids: z.array(idInput).min(1).max(siteLinkLimits.perUnit),
});
