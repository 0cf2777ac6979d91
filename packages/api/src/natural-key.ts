// Sort keys that put text in the order a zh-CN reader expects (pinyin for Han characters, numbers by value,
// case and width ignored) when the database compares them byte by byte, as SQLite does and PostgreSQL does
// for a "C"-collated column. The order of single characters is taken from the platform's zh-CN collator
// (ICU) once; a run of digits becomes one number token, so "（14）" sorts before "（104）".

const width = 4; // base-36 digits per token: 36^4 > every code point, so unknown characters fit too
const collator = new Intl.Collator('zh-CN', { sensitivity: 'base' });

/** The characters ranked by the collator: printable ASCII, CJK punctuation and the CJK unified block. */
function rankedCharacters(): Map<string, number> {
  const characters: string[] = [];
  const add = (from: number, to: number) => {
    for (let code = from; code <= to; code++) characters.push(String.fromCharCode(code));
  };
  add(0x20, 0x7e);
  add(0x3000, 0x303f);
  add(0x4e00, 0x9fff);
  characters.sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = -1;
  let previous: string | undefined;
  for (const character of characters) {
    if (previous === undefined || collator.compare(previous, character) !== 0) rank++;
    ranks.set(character, rank);
    previous = character;
  }
  return ranks;
}

/** The ranks, and the first rank after them (unknown characters start there): built once, on first use. */
let table: { ranks: Map<string, number>; unknownBase: number } | undefined;
function rankTable() {
  if (!table) {
    const ranks = rankedCharacters();
    table = { ranks, unknownBase: Math.max(...ranks.values()) + 1 };
  }
  return table;
}
const token = (value: number) => value.toString(36).padStart(width, '0');

/**
 * The key for `text`: each character's collation rank as a fixed-width token (characters the table does
 * not know come after all it knows, by code point), each run of digits the digit class's rank followed by
 * the number's length and digits. Compare keys as plain strings; equal keys mean equal for a reader.
 */
export function naturalKey(text: string): string {
  // The maximum over ~21,000 ranks once, not per call: per call it cost ~1.3 ms, minutes for a large fixture.
  const { ranks: known, unknownBase } = rankTable();
  const digitRank = known.get('0') ?? 0;
  const folded = text.normalize('NFKC').trim().toLowerCase();
  let key = '';
  for (const [part] of folded.matchAll(/\d+|[^\d]/gu)) {
    if (/^\d/.test(part)) {
      const number = part.replace(/^0+(?=\d)/, '');
      key += token(digitRank) + number.length.toString(36).padStart(2, '0') + number;
    } else {
      key += token(known.get(part) ?? unknownBase + (part.codePointAt(0) ?? 0));
    }
  }
  return key;
}
