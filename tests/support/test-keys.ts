// The personal-data key ring every test process uses: fixed, so a database seeded by one process (the demo
// templates of the global setup) opens in another. Installed on import, before anything seals a value.
import { hasKeyRing, installKeyRing, parseKeyRing } from '@strata/personal-data';

const key = (byte: number) => Buffer.alloc(32, byte).toString('base64');

export const testKeyRing = parseKeyRing(
  JSON.stringify({ version: 1, active: 'test', keys: { test: key(0x11) }, index: key(0x22) }),
);

if (!hasKeyRing()) installKeyRing(testKeyRing);
