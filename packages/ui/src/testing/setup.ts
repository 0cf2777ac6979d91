// The remotes' test setup (setupFiles in each remote's vitest.config.ts), run before every test file: the pages a
// test drew are taken down after it, in every file, though the files of a worker share the testing kit's module.
import { afterEach } from 'vitest';
import { takeDownDrawn } from './index';

afterEach(takeDownDrawn);
