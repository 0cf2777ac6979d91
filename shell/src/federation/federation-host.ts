// The shell's Module Federation host, created on first use: when the manifest names a remote, never on the
// sign-in page. The shell itself is an ordinary build (its own imports are tree-shaken and split per route);
// only remotes go through the federation runtime, which hands them the shell's modules as shared singletons.
import { createInstance } from '@module-federation/runtime';
import * as runtimeCore from '@module-federation/runtime/core';
import { preloadProvidedShares, providedShares } from './provided-shares';
import remoteFallbackPlugin from './remote-fallback-plugin';

// Remotes are built with `experiments.externalRuntime`: they use this runtime, published here before any
// remote entry evaluates, rather than each bringing its own.
const federationGlobal = runtimeCore.Global as { _FEDERATION_RUNTIME_CORE?: unknown };
federationGlobal._FEDERATION_RUNTIME_CORE ??= runtimeCore;

export const federationHost = createInstance({
  name: 'strata_shell',
  remotes: [],
  shared: providedShares,
  plugins: [remoteFallbackPlugin()],
});

// A remote asks for the shared modules in waves (those its first modules import, then theirs): all of them
// are on their way before its entry has loaded.
preloadProvidedShares();
