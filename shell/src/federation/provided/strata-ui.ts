// What the shell provides to remotes as the shared `@strata/ui` (../provided-shares.ts). A module of its
// own, not the package's index itself: the shell's pages import only the parts they use, and the bundler
// can split those per route only while the index is no chunk of its own.
export * from '@strata/ui';
