// The signed-in console in two files rather than the few dozen the split by importer makes of it: one holds the
// console (router, layout, menu, unit switcher) with the overview it opens on, the other the federation runtime
// with every module the shell provides to remotes (fetched when the manifest names a remote). Each group names
// its roots; Rolldown adds what they import statically (after tree-shaking), less what an earlier group (the
// sign-in page's) holds. What they import dynamically (other pages, dialogs, pickers) keeps chunks of its own.
// One file compresses far better than many small ones: the overview's 37 scripts took 200 KB brotli, about
// 175 KB when joined.
const shellSource = /[\\/]shell[\\/]src[\\/]/;

export const consoleChunkGroups = [
  {
    name: 'console',
    test: (id: string) =>
      shellSource.test(id) && /session[\\/]signed-in-console\.tsx$|pages[\\/]overview[\\/]overview-page\.tsx$/.test(id),
  },
  {
    name: 'federation',
    test: (id: string) =>
      shellSource.test(id) && /federation[\\/](remote-registry\.ts|provided[\\/][^\\/]+\.tsx?)$/.test(id),
  },
];
