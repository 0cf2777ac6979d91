// The mailbox team's procedures, one sub-router per area.
import { router } from '@strata/api';
import { deadlinesRouter } from './deadlines/router';
import { lettersRouter } from './letters/router';
import { templatesRouter } from './templates/router';

export const mailboxRouter = router({ letters: lettersRouter, templates: templatesRouter, deadlines: deadlinesRouter });
