// Text from outside never holds control characters (NUL breaks PostgreSQL text and SQLite would store it, so
// the databases disagreed) or lone UTF-16 surrogates. Checked once, on every procedure's raw input, so each
// new procedure is covered without its author thinking of it. Tab and line breaks are text.
/** C0 controls except tab, LF and CR; DEL; a UTF-16 surrogate without its partner. */
function hasForbidden(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

/** The path ("a.b.0") of the first string holding a forbidden character, or null. */
export function controlCharacterPath(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return hasForbidden(value) ? path.join('.') || '_' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = controlCharacterPath(v, [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = controlCharacterPath(k, [...path, k]) ?? controlCharacterPath(v, [...path, k]);
      if (found !== null) return found;
    }
  }
  return null;
}
