// The one way to show a file's size: B, KB or MB after a number written as the reader's language writes numbers.
// The symbols are the same in both languages; Intl's own units are not used, since they read "kB" and "byte".
const kilo = 1024;

const number = (value: number, locale: string) =>
  value.toLocaleString(locale, { maximumFractionDigits: value < 10 ? 1 : 0 });

/** A size as people read it: bytes, KB or MB, one decimal below 10. */
export function formatFileSize(bytes: number, locale: string): string {
  if (bytes < kilo) return `${number(bytes, locale)} B`;
  // 1,048,575 bytes rounds to 1,024 KB: say 1 MB instead.
  if (Math.round(bytes / kilo) < kilo) return `${number(bytes / kilo, locale)} KB`;
  return `${number(bytes / kilo / kilo, locale)} MB`;
}
