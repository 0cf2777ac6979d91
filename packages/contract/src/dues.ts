// The dues' codes, the same in the browser's forms and the server's schemas. Money is integer fen everywhere: an
// amount is a whole number of fen (1 yuan = 100 fen), never a fraction.

/**
 * How a member's monthly dues are reckoned (the rules of 2008): on pay after tax (salaried), on the month's actual pay
 * (annual-salary staff), on the previous quarter's average net income (self-employed or irregular pay), on the
 * pension (retired), a small fixed amount (farmers; students, the unemployed and those on relief).
 */
export const duesCategories = ['salaried', 'annualSalary', 'selfEmployed', 'retired', 'farmer', 'student'] as const;
export type DuesCategory = (typeof duesCategories)[number];

/** Fen in a yuan. */
export const fenPerYuan = 100;
