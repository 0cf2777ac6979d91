#!/usr/bin/env node
// Scores from a Stryker JSON report, per file and per group (see groups.mjs), as JSON on stdout,
// followed by the core group's undetected mutants (survived or not covered by any test).
// Usage: node scripts/mutation/summary.mjs [report.json ...] (several reports are merged by file)
import { readFileSync } from 'node:fs';
import { groups, inGroup } from './groups.mjs';

const reportFiles = process.argv.length > 2 ? process.argv.slice(2) : ['reports/mutation/core/mutation.json'];
const reportedFiles = Object.assign({}, ...reportFiles.map((f) => JSON.parse(readFileSync(f, 'utf8')).files));

const statuses = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage' };

// Stryker's own definitions: compile/runtime errors and ignored mutants count for neither side.
function tally(mutants) {
  const counts = { mutants: mutants.length, killed: 0, timeout: 0, survived: 0, noCoverage: 0, other: 0 };
  for (const m of mutants) counts[statuses[m.status] ?? 'other']++;
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  const pct = (n, d) => (d ? Math.round((1000 * n) / d) / 10 : null);
  return { ...counts, score: pct(detected, valid), coveredScore: pct(detected, detected + counts.survived) };
}

const entries = Object.entries(reportedFiles).map(([file, { mutants, source }]) => ({ file, mutants, source }));
const files = Object.fromEntries(entries.map(({ file, mutants }) => [file, tally(mutants)]));
const groupScores = Object.fromEntries(
  Object.keys(groups)
    .map((group) => [group, entries.filter(({ file }) => inGroup(group, file))])
    .filter(([, members]) => members.length)
    .map(([group, members]) => [group, tally(members.flatMap(({ mutants }) => mutants))]),
);

const undetected = entries
  .filter(({ file }) => inGroup('core', file))
  .flatMap(({ file, mutants, source }) => {
    const lines = source.split('\n');
    return mutants
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .map(({ status, mutatorName, replacement, location: { start, end } }) => {
        const original =
          start.line === end.line
            ? lines[start.line - 1].slice(start.column - 1, end.column - 1)
            : `${lines[start.line - 1].slice(start.column - 1)} …`;
        return { at: `${file}:${start.line}:${start.column}`, status, mutator: mutatorName, original, replacement };
      });
  })
  .sort((a, b) => a.at.localeCompare(b.at, 'en', { numeric: true }));

console.log(
  JSON.stringify({ reports: reportFiles, groups: groupScores, files, undetectedInCore: undetected }, null, 2),
);
