// How the matcher scales: a 5,000-word list against a 20,000-character article, against the obvious loop of
// `indexOf` per word (which also skips NFKC, so it is the cheapest naive baseline, not a fair equal).
// Run: npx tsx packages/text/src/word-matcher.bench.ts — prints JSON (times are medians, in milliseconds).
import { performance } from 'node:perf_hooks';
import { type SensitiveWord, WordMatcher } from './word-matcher';

// A seeded generator so every run measures the same list and article.
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20_260_101);
const pick = (n: number) => Math.floor(random() * n);
// 3,000 common ideographs keep Chinese words overlapping enough to exercise the failure links.
const hanzi = () => String.fromCharCode(0x4e00 + pick(3000));
const latin = () => String.fromCharCode(0x61 + pick(26));
const repeat = (n: number, make: () => string) => Array.from({ length: n }, make).join('');

const words: SensitiveWord[] = Array.from({ length: 5000 }, (_, i) => ({
  word: i % 3 === 0 ? repeat(3 + pick(6), latin) : repeat(2 + pick(3), hanzi),
  level: i % 10 === 0 ? 'block' : 'warn',
}));

let article = '';
while (article.length < 20_000) {
  const r = random();
  if (r < 0.02) article += words[pick(words.length)]!.word;
  else if (r < 0.1) article += ` ${repeat(2 + pick(8), latin)} `;
  else if (r < 0.12) article += '，';
  else article += hanzi();
}
article = article.slice(0, 20_000);

function median(runs: number, task: () => void) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return Number(times[Math.floor(times.length / 2)]!.toFixed(3));
}

function naive(text: string) {
  const lower = text.toLowerCase();
  let count = 0;
  for (const { word } of words) {
    const needle = word.toLowerCase();
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) count++;
  }
  return count;
}

let matcher = new WordMatcher(words);
const hits = matcher.find(article).length;
const naiveHits = naive(article);
// Warm both up so the medians measure optimised code, not the first compile.
for (let i = 0; i < 20; i++) {
  matcher.find(article);
  naive(article);
}
const buildMs = median(21, () => {
  matcher = new WordMatcher(words);
});
const scanMs = median(51, () => matcher.find(article));
const naiveMs = median(21, () => naive(article));

console.log(
  JSON.stringify(
    {
      words: matcher.size,
      articleChars: article.length,
      hits,
      naiveHits,
      buildMs,
      scanMs,
      naiveScanMs: naiveMs,
      scanSpeedup: Number((naiveMs / scanMs).toFixed(1)),
      node: process.version,
    },
    null,
    2,
  ),
);
