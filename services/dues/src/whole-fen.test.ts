// No fraction ever touches money in the dues code: a source check over every file of the service (tests aside). A
// line may not round, parse or format a decimal (Math.round/floor/ceil/trunc, parseFloat, toFixed, toPrecision), hold
// a decimal literal, or divide, unless it says why its numbers are whole (`// whole numbers: …`). Amounts are integer
// fen; a rate is integer basis points; a product of the two is divided in BigInt (rules/monthly-due.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const root = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The line's code: string literals and comments taken out (a path in an import, a slash in a comment). */
const codeOf = (line: string) =>
  line
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
    .replace(/\/\/.*$/, '')
    .replace(/\/\*.*?\*\//g, '')
    .replace(/^\s*\*.*$/, '');

const fractional = [
  /\bMath\.(round|floor|ceil|trunc|fround)\b/,
  /\bparseFloat\b/,
  /\.(toFixed|toPrecision)\(/,
  /(?<![\w.])\d+\.\d+/,
  /[\w)\]]\s*\/\s*[\w(]/,
];

/** Every line of the service's code that may make or show a fraction without saying why its numbers are whole. */
function fractionalLines(files: readonly string[]) {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) =>
        fractional.some((p) => p.test(codeOf(line))) && !line.includes('// whole numbers:')
          ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`]
          : [],
      ),
  );
}

it('finds no arithmetic that could make a fraction of a fen in the dues code', () => {
  const files = sources(root);
  expect(files.length).toBeGreaterThan(3);
  expect(fractionalLines(files)).toEqual([]);
});

it('would find one (the check is not blind)', () => {
  const probe = join(root, 'rules', 'monthly-due.ts');
  const lines = readFileSync(probe, 'utf8').replace('// whole numbers: BigInt division truncates', '');
  const found = lines.split('\n').filter((line) => fractional.some((p) => p.test(codeOf(line))));
  expect(found).toEqual(['  const whole = numerator / denominator; ']);
  for (const bad of ['const yuan = amount / 100;', 'x.toFixed(2)', 'rate * 0.005', 'Math.round(base * rate)'])
    expect(
      fractional.some((p) => p.test(codeOf(bad))),
      bad,
    ).toBe(true);
  for (const fine of ["import { x } from './rules/a';", 'const a = b * c; // a / b', "const s = 'a/b';"])
    expect(
      fractional.some((p) => p.test(codeOf(fine))),
      fine,
    ).toBe(false);
});
