import { describe, expect, it } from 'vitest';
import { categoryAsks } from './category-asks';

const brackets = { kind: 'brackets' as const };
const categories = {
  salaried: brackets,
  annualSalary: brackets,
  selfEmployed: brackets,
  retired: brackets,
  farmer: { kind: 'fixed' as const, fen: 20, min: 20, max: 100 },
  student: { kind: 'fixed' as const, fen: 20 },
};
const sets = [
  { effectiveFrom: '2008-04', categories },
  // A later version: farmers pay 0.50 to 2.00, students 0.30.
  {
    effectiveFrom: '2027-01',
    categories: {
      ...categories,
      farmer: { kind: 'fixed' as const, fen: 50, min: 50, max: 200 },
      student: { kind: 'fixed' as const, fen: 30 },
    },
  },
];

describe('what a category asks for', () => {
  it('asks a base where the rate goes by brackets', () => {
    expect(categoryAsks(sets, '2026-11', 'salaried')).toEqual({ kind: 'base' });
  });

  it('asks the amount set within the range of the rules in force in the month', () => {
    expect(categoryAsks(sets, '2026-12', 'farmer')).toEqual({ kind: 'set', min: 20, max: 100, fen: 20 });
    expect(categoryAsks(sets, '2027-01', 'farmer')).toEqual({ kind: 'set', min: 50, max: 200, fen: 50 });
    expect(categoryAsks(sets, '2027-03', 'student')).toEqual({ kind: 'fixed', fen: 30 });
  });

  it('assumes the rules of 2008 before the rules have come', () => {
    expect(categoryAsks(undefined, '2026-11', 'farmer')).toEqual({ kind: 'set', min: 20, max: 100, fen: 20 });
    expect(categoryAsks(undefined, '2026-11', 'retired')).toEqual({ kind: 'base' });
  });
});
