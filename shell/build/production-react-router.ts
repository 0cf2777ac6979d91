// react-router's package exports point every bundler at its development build, which differs from the
// production one (beside it in dist/) only in keeping its development warnings. The shell's build takes the
// production file; the dev server keeps the warnings.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const manifest = createRequire(join(import.meta.dirname, '../package.json')).resolve('react-router/package.json');
const productionEntry = join(dirname(manifest), 'dist/production/index.mjs');

export function productionReactRouter(): Plugin {
  return {
    name: 'strata:production-react-router',
    enforce: 'pre',
    apply: 'build',
    resolveId: (source) => (source === 'react-router' ? productionEntry : null),
  };
}
