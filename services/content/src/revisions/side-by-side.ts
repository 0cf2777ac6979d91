// Two versions of a text side by side, as a reviewer compares them: line by line (a paragraph is a line), each
// changed line paired with its replacement and marked character by character (Chinese has no spaces to split
// words on). Pure: the compare procedure feeds it each field of two revisions.
import { diffChars, diffLines } from 'diff';

export type Part = { text: string; change: 'same' | 'removed' | 'added' };
/** One row of the view: the old line (left), the new one (right); a side is null where the line does not exist. */
export type Row = { left: Part[] | null; right: Part[] | null; changed: boolean };

const linesOf = (value: string) => value.replace(/\n$/, '').split('\n');

/** The character-level parts of a changed line pair: the left keeps what was removed, the right what was added. */
function pair(before: string, after: string): Row {
  const left: Part[] = [];
  const right: Part[] = [];
  for (const c of diffChars(before, after)) {
    if (c.added) right.push({ text: c.value, change: 'added' });
    else if (c.removed) left.push({ text: c.value, change: 'removed' });
    else {
      left.push({ text: c.value, change: 'same' });
      right.push({ text: c.value, change: 'same' });
    }
  }
  return { left, right, changed: true };
}

/** Every line ends in a newline, so a last line is not told apart from the same line followed by more. */
const ended = (text: string) => (text === '' || text.endsWith('\n') ? text : `${text}\n`);

export function sideBySide(before: string, after: string): Row[] {
  const rows: Row[] = [];
  const hunks = diffLines(ended(before), ended(after));
  for (let i = 0; i < hunks.length; i++) {
    const hunk = hunks[i] as (typeof hunks)[number];
    if (!hunk.added && !hunk.removed) {
      for (const line of linesOf(hunk.value))
        rows.push({ left: [{ text: line, change: 'same' }], right: [{ text: line, change: 'same' }], changed: false });
      continue;
    }
    // A removal followed by an addition is a replacement: pair their lines in order.
    const next = hunks[i + 1];
    const removed = hunk.removed ? linesOf(hunk.value) : [];
    const added = hunk.added ? linesOf(hunk.value) : [];
    if (hunk.removed && next?.added) {
      added.push(...linesOf(next.value));
      i += 1;
    }
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) rows.push(pair(removed[k] as string, added[k] as string));
    for (const line of removed.slice(paired))
      rows.push({ left: [{ text: line, change: 'removed' }], right: null, changed: true });
    for (const line of added.slice(paired))
      rows.push({ left: null, right: [{ text: line, change: 'added' }], changed: true });
  }
  return rows;
}
