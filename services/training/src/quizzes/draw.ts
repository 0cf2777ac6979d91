// Drawing an attempt's questions from a bank and shuffling each one's options. The chance comes from node:crypto
// (learners must not be able to predict a draw); the rules take it as an argument, so tests can fix it.
import { randomInt } from 'node:crypto';

/** A whole number in [0, below). */
export type Chance = (below: number) => number;

export const cryptoChance: Chance = (below) => randomInt(below);

/** 0..n-1 in a uniformly random order (Fisher-Yates). */
export function shuffled(n: number, chance: Chance): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = chance(i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** One drawn question: its id and its options' order (`o[shown]` = the stored position; [] without options). */
export type Drawn = { q: number; o: number[] };

/**
 * `count` of the questions, chosen uniformly at random and in random order, each with its options shuffled
 * (`choices`: how many it offers). Fewer when the bank holds fewer.
 */
export function draw(questions: readonly { id: number; choices: number }[], count: number, chance: Chance): Drawn[] {
  const picked = shuffled(questions.length, chance).slice(0, count);
  return picked.map((i) => {
    const question = questions[i] as { id: number; choices: number };
    return { q: question.id, o: shuffled(question.choices, chance) };
  });
}

/** An attempt's draw as stored (`QuizAttempt.drawn`); a row written otherwise reads as nothing drawn. */
export function readDrawn(text: string): Drawn[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((d) =>
    d && typeof d === 'object' && Number.isInteger(d.q) && Array.isArray(d.o)
      ? [{ q: d.q as number, o: (d.o as unknown[]).filter((p): p is number => Number.isInteger(p)) }]
      : [],
  );
}

/**
 * The text an attempt's draw of question `id` contains (`"q":<id>,`): the stored draw is JSON.stringify of Drawn[],
 * so a search for it finds exactly the attempts that drew the question (the comma ends the id).
 */
export const drawnMark = (id: number) => `"q":${id},`;
