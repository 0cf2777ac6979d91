// The key ring in force for this process: loaded once at start (the gateway, from its configuration or key file) and
// read by every team that seals or opens personal data, as the files' settings are.
import type { KeyRing } from './keys';

let installed: KeyRing | undefined;

export function installKeyRing(ring: KeyRing) {
  installed = ring;
}

/** The ring in force; a process that never loaded one fails here, before any value is sealed under a stray key. */
export function currentKeyRing(): KeyRing {
  if (!installed) throw new Error('personal data: no key ring loaded (the gateway loads it at start)');
  return installed;
}

/** Whether a ring is in force (the gateway loads one only if none was installed, as a test's is). */
export const hasKeyRing = () => installed !== undefined;
