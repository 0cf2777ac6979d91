// What the dashboard's cards (widgets.ts) and the user's own page's (home-widgets.ts) both use: plain functions, no
// side effects, bundled into each of those standalone modules with what it takes.

/** Minutes as hours, one decimal, half up (as formatMinutes writes them). */
export const hours = (minutes: number) => Math.round(minutes / 6) / 10;
