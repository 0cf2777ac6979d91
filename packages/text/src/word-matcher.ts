// Sensitive-word matching for everything users write (articles now, mailbox letters later): one pass over the
// text however many words the list holds (an Aho–Corasick automaton), so the scan does not slow down as the list
// grows. Chinese has no word boundaries, so words match anywhere; Latin matches ignore case, and
// compatibility forms (full-width ＡＢＣ, ligatures, circled digits) match their plain letters, since those are
// the first disguises people reach for. Offsets are always in UTF-16 code units of the ORIGINAL text, so a UI
// can highlight exactly what the writer typed.

export type WordLevel = 'block' | 'warn';

export interface SensitiveWord {
  word: string;
  level: WordLevel;
}

export interface WordHit {
  /** The word as it was given to the matcher (the first spelling, when several normalise alike). */
  word: string;
  level: WordLevel;
  /**
   * Start and end (exclusive) in UTF-16 code units of the text that was searched. A hit inside a character that
   * normalises to several (株 inside ㈱) covers that whole character.
   */
  start: number;
  end: number;
}

export interface HighlightSegment {
  text: string;
  hit?: { word: string; level: WordLevel };
}

/**
 * Text as the matcher compares it, with a map back to the original. Each cluster of the original (a code point
 * and the combining marks after it) is normalised on its own, NFKC then lower case; `from[k]`/`to[k]` are the
 * original range of the cluster that produced normalised code unit k. Clusters rather than whole-string
 * normalisation because NFKC can change length (ﬁ → fi, ㈱ → (株)), and the map must stay exact.
 */
export interface NormalisedText {
  text: string;
  from: Int32Array;
  to: Int32Array;
}

const isSurrogateLead = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isSurrogateTrail = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
const markPattern = /^\p{M}$/u;

/** Whether the code point at `index` attaches to the one before it (a combining mark, or a half-width kana mark). */
function isAttached(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit < 0x300 || (unit >= 0x3400 && unit <= 0x9fff)) return false; // ASCII, Latin-1 and CJK: never marks
  if (unit === 0xff9e || unit === 0xff9f) return true; // ﾞ ﾟ: NFKC composes them with the kana before
  const codePoint = text.codePointAt(index)!;
  return markPattern.test(String.fromCodePoint(codePoint));
}

// Clusters seen before: normalising one costs a String.normalize call, and text repeats its characters.
const clusterCache = new Map<string, string>();

function normaliseCluster(cluster: string): string {
  let normalised = clusterCache.get(cluster);
  if (normalised === undefined) {
    normalised = cluster.normalize('NFKC').toLowerCase();
    // Bounded in count and in size: a cluster with thousands of stacked marks is normalised, never kept.
    if (cluster.length <= 8 && clusterCache.size < 50_000) clusterCache.set(cluster, normalised);
  }
  return normalised;
}

/** Where the cluster starting at `i` ends: after its code point and any marks attached to it. */
function clusterEnd(text: string, i: number): number {
  const length = text.length;
  let end = i + (isSurrogateLead(text.charCodeAt(i)) && isSurrogateTrail(text.charCodeAt(i + 1)) ? 2 : 1);
  while (end < length && isAttached(text, end)) {
    end += isSurrogateLead(text.charCodeAt(end)) && isSurrogateTrail(text.charCodeAt(end + 1)) ? 2 : 1;
  }
  return end;
}

/** The normalised form of the cluster text[i, end), with fast paths for ASCII and CJK ideographs. */
function normaliseAt(text: string, i: number, end: number): string {
  const unit = text.charCodeAt(i);
  if (end === i + 1) {
    if (unit < 0x80) return unit >= 0x41 && unit <= 0x5a ? String.fromCharCode(unit + 32) : text[i]!;
    if (unit >= 0x4e00 && unit <= 0x9fff) return text[i]!; // CJK unified ideographs: already NFKC, no case
  }
  return normaliseCluster(text.slice(i, end));
}

/** A word's normalised form: the same per-cluster rule as the text it is matched against. */
function normalisedKey(word: string): string {
  let key = '';
  for (let i = 0; i < word.length; ) {
    const end = clusterEnd(word, i);
    key += normaliseAt(word, i, end);
    i = end;
  }
  return key;
}

/**
 * Units that NFKC and lower case leave as they are and that no mark attaches to: ASCII but capitals, CJK ideographs,
 * and Chinese text's common punctuation (、。《》「」『』 and curly quotes).
 */
export function isPlainUnit(unit: number): boolean {
  if (unit < 0x80) return unit < 0x41 || unit > 0x5a;
  if (unit >= 0x4e00 && unit <= 0x9fff) return true;
  return unit === 0x3001 || unit === 0x3002 || (unit >= 0x300a && unit <= 0x300f) || (unit >= 0x2018 && unit <= 0x201d);
}

/** The matcher's view of a text: normalised per cluster, with the offset map back to the original. */
export function normaliseForMatching(text: string): NormalisedText {
  // Most titles and summaries are plain throughout: the text itself, each unit its own cluster.
  let plain = true;
  for (let i = 0; plain && i < text.length; i++) plain = isPlainUnit(text.charCodeAt(i));
  if (plain) {
    const from = new Int32Array(text.length);
    const to = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) {
      from[i] = i;
      to[i] = i + 1;
    }
    return { text, from, to };
  }
  let from: Int32Array = new Int32Array(text.length + 8);
  let to: Int32Array = new Int32Array(text.length + 8);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; i < text.length; ) {
    const end = clusterEnd(text, i);
    const normalised = normaliseAt(text, i, end);
    if (size + normalised.length > from.length) {
      const grown = Math.max(from.length * 2, size + normalised.length);
      from = copyInto(new Int32Array(grown), from);
      to = copyInto(new Int32Array(grown), to);
    }
    for (let k = 0; k < normalised.length; k++) {
      from[size] = i;
      to[size] = end;
      size++;
    }
    parts.push(normalised);
    i = end;
  }
  return { text: parts.join(''), from: from.subarray(0, size), to: to.subarray(0, size) };
}

function copyInto(target: Int32Array, source: Int32Array) {
  target.set(source);
  return target;
}

const levelRank: Record<WordLevel, number> = { warn: 0, block: 1 };

interface Entry {
  word: string;
  level: WordLevel;
  /** Length of the normalised word, in code units: a hit ending at k starts at k - length + 1. */
  length: number;
}

/** Lists of at most this many words keep their root's edges in a Map rather than a 64K table. */
const shortList = 64;

/** A multi-pattern matcher over a fixed word list; build once, then scan any number of texts. */
export class WordMatcher {
  // The trie, node 0 the root, edges labelled with normalised UTF-16 code units. A long list's root branches to
  // thousands of ideographs, so it has a direct table (256 KB); a short list's (a search's few terms, built for
  // every page of results) a Map, so no page allocates the table. Deeper nodes have few children, kept as sibling
  // lists in flat arrays (thousands of Maps would cost more to build than the whole scan).
  private readonly rootTable: Int32Array | Map<number, number>;
  private firstChild: number[] | Int32Array = [-1];
  private nextSibling: number[] | Int32Array = [-1];
  private label: number[] | Int32Array = [-1];
  // The entry ending exactly at this node, or -1.
  private output: number[] | Int32Array = [-1];
  // Failure link: the node for the longest proper suffix of this node's string that is also in the trie.
  private fail = new Int32Array(1);
  // The nearest node along the failure links that has an output, or -1: reporting visits only nodes with hits.
  private dictionary = new Int32Array(1).fill(-1);
  private readonly entries: Entry[] = [];

  constructor(words: readonly SensitiveWord[]) {
    this.rootTable = words.length > shortList ? new Int32Array(0x10000) : new Map();
    const byKey = new Map<string, number>();
    for (const { word, level } of words) {
      const trimmed = word.trim();
      if (trimmed === '') continue;
      const key = normalisedKey(trimmed);
      if (key === '') continue;
      const known = byKey.get(key);
      if (known !== undefined) {
        // The same word listed twice (or twice in different forms) is as strict as its strictest listing.
        const entry = this.entries[known]!;
        if (levelRank[level] > levelRank[entry.level]) entry.level = level;
        continue;
      }
      byKey.set(key, this.entries.length);
      this.insert(key, this.entries.length);
      this.entries.push({ word: trimmed, level, length: key.length });
    }
    this.firstChild = Int32Array.from(this.firstChild);
    this.nextSibling = Int32Array.from(this.nextSibling);
    this.label = Int32Array.from(this.label);
    this.output = Int32Array.from(this.output);
    this.link();
  }

  /** Distinct words the matcher holds (after dropping empty ones and merging duplicates). */
  get size(): number {
    return this.entries.length;
  }

  /** The child of `node` along `unit`, or 0 (the root is nobody's child). */
  private child(node: number, unit: number): number {
    if (node === 0) return this.rootTable instanceof Map ? (this.rootTable.get(unit) ?? 0) : this.rootTable[unit]!;
    const { firstChild, nextSibling, label } = this;
    for (let c = firstChild[node]!; c !== -1; c = nextSibling[c]!) {
      if (label[c] === unit) return c;
    }
    return 0;
  }

  private insert(key: string, entry: number) {
    const firstChild = this.firstChild as number[];
    const nextSibling = this.nextSibling as number[];
    const label = this.label as number[];
    const output = this.output as number[];
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const unit = key.charCodeAt(i);
      let next = this.child(node, unit);
      if (next === 0) {
        next = label.length;
        label.push(unit);
        output.push(-1);
        firstChild.push(-1);
        nextSibling.push(firstChild[node]!);
        firstChild[node] = next;
        if (node === 0) {
          const root = this.rootTable;
          if (root instanceof Map) root.set(unit, next);
          else root[unit] = next;
        }
      }
      node = next;
    }
    output[node] = entry;
  }

  /** Failure and dictionary links, breadth first so every shorter suffix is linked before it is needed. */
  private link() {
    const { firstChild, nextSibling, label, output } = this;
    const count = label.length;
    const fail = new Int32Array(count);
    const dictionary = new Int32Array(count).fill(-1);
    const queue = new Int32Array(count);
    let head = 0;
    let tail = 0;
    // The root's children fail to the root and have no dictionary link: the defaults.
    for (let c = firstChild[0]!; c !== -1; c = nextSibling[c]!) queue[tail++] = c;
    while (head < tail) {
      const node = queue[head++]!;
      for (let c = firstChild[node]!; c !== -1; c = nextSibling[c]!) {
        const unit = label[c]!;
        let f = fail[node]!;
        let target = this.child(f, unit);
        while (target === 0 && f !== 0) {
          f = fail[f]!;
          target = this.child(f, unit);
        }
        fail[c] = target;
        dictionary[c] = output[target] !== -1 ? target : dictionary[target]!;
        queue[tail++] = c;
      }
    }
    this.fail = fail;
    this.dictionary = dictionary;
  }

  /** Every occurrence, overlapping ones included, ordered by start, then length (shorter first), then word. */
  find(text: string): WordHit[] {
    const hits: WordHit[] = [];
    if (this.entries.length === 0 || text === '') return hits;
    const { text: normalised, from, to } = normaliseForMatching(text);
    const { fail, output, dictionary, entries } = this;
    let node = 0;
    for (let k = 0; k < normalised.length; k++) {
      const unit = normalised.charCodeAt(k);
      let next = this.child(node, unit);
      while (next === 0 && node !== 0) {
        node = fail[node]!;
        next = this.child(node, unit);
      }
      node = next;
      let reported = output[node] !== -1 ? node : dictionary[node]!;
      while (reported !== -1) {
        const entry = entries[output[reported]!]!;
        hits.push({ word: entry.word, level: entry.level, start: from[k - entry.length + 1]!, end: to[k]! });
        reported = dictionary[reported]!;
      }
    }
    return hits.sort(compareHits);
  }

  /** Occurrences that stop the text from being saved or published. */
  blocking(text: string): WordHit[] {
    return this.find(text).filter((hit) => hit.level === 'block');
  }

  /** Occurrences the writer is warned about but may keep. */
  warnings(text: string): WordHit[] {
    return this.find(text).filter((hit) => hit.level === 'warn');
  }
}

function compareHits(a: WordHit, b: WordHit): number {
  return a.start - b.start || a.end - a.start - (b.end - b.start) || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);
}

/**
 * The text cut into plain and highlighted segments for a UI; the segments' texts concatenate to the text.
 * Overlapping hits become one highlighted segment (she/he/hers in "ushers" highlight "shers" once), labelled with
 * its strictest hit (block before warn), then the longest, then the first.
 */
export function highlight(text: string, hits: readonly WordHit[]): HighlightSegment[] {
  const valid = hits
    .filter((hit) => Number.isInteger(hit.start) && Number.isInteger(hit.end))
    .filter((hit) => hit.start >= 0 && hit.end <= text.length && hit.start < hit.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  let i = 0;
  while (i < valid.length) {
    const first = valid[i]!;
    let end = first.end;
    let label = first;
    i++;
    while (i < valid.length && valid[i]!.start < end) {
      const next = valid[i]!;
      end = Math.max(end, next.end);
      if (outranks(next, label)) label = next;
      i++;
    }
    if (first.start > cursor) segments.push({ text: text.slice(cursor, first.start) });
    segments.push({ text: text.slice(first.start, end), hit: { word: label.word, level: label.level } });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

function outranks(a: WordHit, b: WordHit): boolean {
  return levelRank[a.level] - levelRank[b.level] > 0 || (a.level === b.level && a.end - a.start > b.end - b.start);
}
