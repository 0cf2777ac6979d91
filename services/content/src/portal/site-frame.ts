// Other teams' pages on a unit's site (the mailbox's letter form and public letters) wear the site's own frame:
// its header, navigation, breadcrumbs and footer. The content team offers it through its registration (`siteFrame`),
// so no team imports the content team's code.
import type { SiteFrame } from '@strata/api';
import type { Db } from '@strata/db';
import { portalPage, sitePaths } from './layout';
import { siteByCode } from './site-reads';

/** The site at `code` (a live unit's), and the frame of its pages; null when there is no such site. */
export async function siteFrame(db: Db, code: string, origin: string): Promise<SiteFrame | null> {
  const site = await siteByCode(db, code);
  if (!site) return null;
  const home = sitePaths(site.code).home;
  return {
    unitId: site.id,
    name: site.name,
    code: site.code,
    home,
    render: (frame) =>
      portalPage({
        site,
        title: frame.title,
        description: frame.description,
        canonical: `${origin}${home}${frame.path}`,
        ...(frame.current ? { current: frame.current } : {}),
        crumbs: frame.crumbs ?? [],
        main: frame.main,
      }),
  };
}
