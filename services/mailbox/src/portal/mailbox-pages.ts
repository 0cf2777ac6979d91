// The mailbox on every unit's site (/site/<code>/mailbox): the letter form, the receipt with its query code, the
// page where a code's holder follows the letter and rates the reply, and the letters answered in public. Plain HTML
// forms the server answers: everything but the proof-of-work check works without JavaScript, and that check is the
// one script a mailbox page loads (this origin's copy of the altcha widget).
import { AppError, type PublicPage, type PublicPageDeps, type PublicPageRequest } from '@strata/api';
import { letterLimits } from '@strata/contract';
import { letterSystem } from '../letters/letter-system';
import { zhCN as words } from '../locales';
import { newChallenge } from './challenge';
import { letterFormPages } from './letter-form-page';
import { letterView } from './mailbox-html';
import { field, framed, notFound, page } from './page-frame';
import { publicLettersPage } from './public-letters';

export const mailboxPages = (deps: PublicPageDeps): PublicPage[] => {
  const system = letterSystem(deps.db).mailbox;
  const siteOf = (req: PublicPageRequest) => deps.siteFrame(req.params.code ?? '', req.origin);

  return [
    ...letterFormPages(system, siteOf, deps.now),
    {
      path: '/site/:code/mailbox/challenge',
      noStore: true,
      render: async () => ({ status: 200, type: 'json', body: JSON.stringify(await newChallenge(deps.now())) }),
    },
    {
      path: '/site/:code/mailbox/follow',
      reads: [],
      render: async (req) => {
        const site = await siteOf(req);
        if (!site) return notFound();
        return page(200, framed(site, '查询来信', 'mailbox/follow', letterView(site, null, '')));
      },
    },
    {
      path: '/site/:code/mailbox/follow',
      method: 'POST',
      render: async (req) => {
        const site = await siteOf(req);
        if (!site) return notFound();
        const code = field(req.form, 'code');
        try {
          const letter = await system.followLetter({ code, address: req.address, now: deps.now() });
          return page(letter ? 200 : 404, framed(site, '查询来信', 'mailbox/follow', letterView(site, letter, code)));
        } catch (error) {
          if (error instanceof AppError && error.code === 'TOO_MANY_REQUESTS')
            return page(
              429,
              framed(site, '查询来信', 'mailbox/follow', letterView(site, null, '', words.tooManyCodes)),
            );
          throw error;
        }
      },
    },
    {
      path: '/site/:code/mailbox/rate',
      method: 'POST',
      render: async (req) => {
        const site = await siteOf(req);
        if (!site) return notFound();
        const code = field(req.form, 'code');
        const rating = field(req.form, 'rating');
        if (rating !== 'satisfied' && rating !== 'basic' && rating !== 'dissatisfied')
          return page(400, framed(site, '查询来信', 'mailbox/follow', letterView(site, null, code, '请选择评价')));
        try {
          const letter = await system.rateLetter({
            code,
            rating,
            reopen: field(req.form, 'reopen') === 'yes',
            comment: field(req.form, 'comment').trim().slice(0, letterLimits.reasonMax),
            address: req.address,
            now: deps.now(),
          });
          return page(letter ? 200 : 404, framed(site, '查询来信', 'mailbox/follow', letterView(site, letter, code)));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          const text = error.code === 'TOO_MANY_REQUESTS' ? words.tooManyCodes : words.alreadyRated;
          return page(
            error.code === 'TOO_MANY_REQUESTS' ? 429 : 400,
            framed(site, '查询来信', 'mailbox/follow', letterView(site, null, code, text)),
          );
        }
      },
    },
    { path: '/site/:code/letters', reads: ['Letter', 'Unit'], render: (req) => publicLettersPage(deps, req) },
  ];
};
