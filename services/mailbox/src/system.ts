// The mailbox's operations across scopes, bound to the raw client once at start-up (see @strata/api system.ts).
import type { Db } from '@strata/db';
import { letterSystem } from './letters/letter-system';

export const mailboxSystem = (db: Db) => letterSystem(db);

type MailboxSystem = ReturnType<typeof mailboxSystem>;
declare module '@strata/api' {
  interface SystemOperations extends MailboxSystem {}
}
