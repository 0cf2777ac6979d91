// The rules of 2008 (in force from April 2008), the default rule set (../shared/notes/domain.md, party dues):
//  - salaried, annual-salary and self-employed members: the whole base at its bracket's rate, pay after tax up to
//    3,000 yuan 0.5 %, up to 5,000 1 %, up to 10,000 1.5 %, above 2 %;
//  - retirees on their pension: up to 5,000 yuan 0.5 %, above 1 %;
//  - farmers: 0.20 to 1.00 yuan a month (0.20 unless the branch sets more);
//  - students, the unemployed, those on relief or the minimum allowance: 0.20 yuan a month.
// Amounts are rounded half up to the fen.
import type { CategoryRule, RuleSet } from './rule-set';

const yuan = (amount: number) => amount * 100;

const payBrackets: CategoryRule = {
  kind: 'brackets',
  brackets: [
    { upTo: yuan(3_000), rateBp: 50 },
    { upTo: yuan(5_000), rateBp: 100 },
    { upTo: yuan(10_000), rateBp: 150 },
    { upTo: null, rateBp: 200 },
  ],
};

export const rules2008: RuleSet = {
  effectiveFrom: '2008-04',
  rounding: 'halfUp',
  categories: {
    salaried: payBrackets,
    annualSalary: payBrackets,
    selfEmployed: payBrackets,
    retired: {
      kind: 'brackets',
      brackets: [
        { upTo: yuan(5_000), rateBp: 50 },
        { upTo: null, rateBp: 100 },
      ],
    },
    farmer: { kind: 'fixed', fen: 20, min: 20, max: 100 },
    student: { kind: 'fixed', fen: 20 },
  },
};
