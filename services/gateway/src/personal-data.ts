// The personal-data key ring and the mailbox's limits, put in force for the process at start (main.ts, before the
// demo seed writes anything sealed) and by buildServer when nothing was installed yet.
import { resolve } from 'node:path';
import { hasKeyRing, installKeyRing, loadKeyRing } from '@strata/personal-data';
import { installMailboxSettings, mailboxSettings } from '@strata/service-mailbox';
import type { GatewayConfig } from './config';

/** The key file's absolute path: a relative one is read from the folder the command was run in, as FILES_DIR is. */
export const keyFileOf = (config: Pick<GatewayConfig, 'PERSONAL_DATA_KEY_FILE'>) =>
  resolve(process.env.INIT_CWD ?? process.cwd(), config.PERSONAL_DATA_KEY_FILE);

/** Loads the key ring (PERSONAL_DATA_KEYS, else the key file, created owner-only at the first start). */
export function configurePersonalData(config: GatewayConfig) {
  installMailboxSettings(mailboxSettings(config));
  if (hasKeyRing()) return { created: false };
  const file = keyFileOf(config);
  const { ring, created } = loadKeyRing({ config: config.PERSONAL_DATA_KEYS, file, create: true });
  installKeyRing(ring);
  return { created, file };
}
