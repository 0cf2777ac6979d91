// One check for a remote's two languages (`@strata/ui/testing`): every Chinese word has its English, and English
// says nothing Chinese does not. English may give a word as its plural forms (`n_one`, `n_other` for Chinese `n`),
// or add a singular (`n_one`) beside it.

type Words = { readonly [key: string]: unknown };

const isGroup = (value: unknown): value is Words => typeof value === 'object' && value !== null;
const pluralOf = (key: string) => key.replace(/_(one|other)$/, '');

/** Every leaf key of Chinese that English lacks, as itself or as its plural forms. */
function missingInEnglish(zh: Words, en: Words, at: string): string[] {
  return Object.entries(zh).flatMap(([key, value]) => {
    if (isGroup(value)) return missingInEnglish(value, isGroup(en[key]) ? en[key] : {}, `${at}${key}.`);
    return key in en || (`${key}_one` in en && `${key}_other` in en) ? [] : [`${at}${key}`];
  });
}

/** Every leaf key of English with no Chinese word, a plural form counting as its word. */
function onlyInEnglish(en: Words, zh: Words, at: string): string[] {
  return Object.entries(en).flatMap(([key, value]) => {
    if (isGroup(value)) return onlyInEnglish(value, isGroup(zh[key]) ? zh[key] : {}, `${at}${key}.`);
    return key in zh || pluralOf(key) in zh ? [] : [`${at}${key}`];
  });
}

/** What one language names and the other does not: both lists are empty when the two agree. */
export function wordGaps(zh: object, en: object): { missingInEnglish: string[]; onlyInEnglish: string[] } {
  return {
    missingInEnglish: missingInEnglish(zh as Words, en as Words, ''),
    onlyInEnglish: onlyInEnglish(en as Words, zh as Words, ''),
  };
}
