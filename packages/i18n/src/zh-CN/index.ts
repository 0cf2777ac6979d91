// Every zh-CN resource of the spine, by namespace: a browser loads only its language's (see shell/src/app/i18n.ts).
import { common } from './common';
import { domain } from './domain';
import { errors } from './errors';
import { shell } from './shell';

export const resources = { errors, domain, common, shell };
