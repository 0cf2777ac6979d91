/** A confirmation that names a unit wraps its words within the screen, however long the name (390 px too). */
export const confirmStyles = { root: { maxWidth: 'min(360px, calc(100vw - 32px))' } };
