// The mailbox team's procedures, one sub-router per area.
import { router } from '@strata/api';
import { boardRouter } from './board/router';
import { deadlinesRouter } from './deadlines/router';
import { lettersRouter } from './letters/router';
import { mailboxNotices } from './notices/mailbox-notices';
import { mailboxSearch } from './search/mailbox-search';
import { statsRouter } from './stats/router';
import { templatesRouter } from './templates/router';

export const mailboxRouter = router({
  letters: lettersRouter,
  templates: templatesRouter,
  deadlines: deadlinesRouter,
  board: boardRouter,
  stats: statsRouter,
  notices: mailboxNotices.router,
  search: mailboxSearch.router,
});
