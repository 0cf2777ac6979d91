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

/** A place in the input: its key and the place holding it, so a path is built only for the string at fault. */
type Place = { key: string; parent: Place | null };
const pathOf = (place: Place | null): string => {
  const keys: string[] = [];
  for (let p = place; p; p = p.parent) keys.unshift(p.key);
  return keys.join('.') || '_';
};

/**
 * The path ("a.b.0") of the first string holding a forbidden character, or null. It walks with its own stack,
 * not by recursion: JSON.parse accepts any nesting, and 10,000 levels overflowed the call stack (a 500).
 */
export function controlCharacterPath(value: unknown): string | null {
  const stack: { value: unknown; place: Place | null }[] = [{ value, place: null }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: v, place } = next;
    if (typeof v === 'string') {
      if (hasForbidden(v)) return pathOf(place);
    } else if (v && typeof v === 'object') {
      const entries = Object.entries(v);
      // Pushed in reverse, so the first field's strings (its key, then its value) are checked first.
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i] as [string, unknown];
        const childPlace = { key, parent: place };
        stack.push({ value: child, place: childPlace });
        if (!Array.isArray(v)) stack.push({ value: key, place: childPlace });
      }
    }
  }
  return null;
}
