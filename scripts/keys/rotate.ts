// `npm run keys:rotate [-- --file ./data/personal-data-keys.json]`: a new data key becomes the active one of the
// personal-data key ring. The old keys stay in the ring, so every value sealed under them still opens; values sealed
// from now on use the new key. Restart the gateways afterwards (each reads the ring at start). Prints the key ids,
// never key material. With PERSONAL_DATA_KEYS (the ring in the environment), rotate where that value is kept.
import { keyFileOf, loadConfig } from '@strata/gateway';
import { loadKeyRing, replaceKeyFile, rotateKeyRing } from '@strata/personal-data';
import { scriptOptions } from '../options';

const { arg } = scriptOptions(['file']);
// The file the gateway would read (PERSONAL_DATA_KEY_FILE or its default), unless one is named.
const given = arg('file');
const file = keyFileOf(given ? { PERSONAL_DATA_KEY_FILE: given } : loadConfig());
const { ring } = loadKeyRing({ file, create: false });
const rotated = rotateKeyRing(ring);
replaceKeyFile(file, rotated);
console.log(JSON.stringify({ file, previous: ring.active, active: rotated.active, keys: [...rotated.keys.keys()] }));
