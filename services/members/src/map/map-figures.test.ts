// A unit's figures are its whole subtree's: each unit's own counts added to it and to every ancestor on the map.
import { describe, expect, it } from 'vitest';
import {
  addVolunteerHours,
  figureScale,
  figuresCounted,
  noFigures,
  pathIds,
  type StageCount,
  subtreeFigures,
} from './map-figures';

const units = [
  { id: 1, path: '/1/' },
  { id: 2, path: '/1/2/' },
  { id: 3, path: '/1/2/3/' },
  { id: 4, path: '/1/4/' },
];

/** `count` members of a unit at a stage with a status, as PostgreSQL sends them (text and bigint). */
const group = (unitId: number, stage: string, status: string, count: number): StageCount => ({
  unitId: String(unitId),
  stage,
  status,
  count: BigInt(count),
});

describe('what a group of members counts towards', () => {
  it('counts probationary and full members as party members, each stage as itself and floating members as such', () => {
    expect(figuresCounted('applicant', 'active')).toEqual(['applicant']);
    expect(figuresCounted('activist', 'active')).toEqual(['activist']);
    expect(figuresCounted('candidate', 'active')).toEqual(['candidate']);
    expect(figuresCounted('probationary', 'active')).toEqual(['members', 'probationary']);
    expect(figuresCounted('full', 'active')).toEqual(['members', 'full']);
    expect(figuresCounted('full', 'floating')).toEqual(['members', 'full', 'floating']);
    expect(figuresCounted('unknown', 'active')).toEqual([]);
  });
});

describe('subtree figures', () => {
  it('reads a path as its ids from the top down', () => {
    expect(pathIds('/1/20/300/')).toEqual([1, 20, 300]);
  });

  it('adds each unit’s counts to itself and every ancestor, and to no sibling', () => {
    const totals = subtreeFigures(units, [
      group(3, 'full', 'active', 4),
      group(3, 'probationary', 'active', 1),
      group(2, 'applicant', 'active', 2),
      group(4, 'full', 'floating', 1),
    ]);
    expect(totals.get(3)).toEqual({ ...noFigures(), members: 5, full: 4, probationary: 1 });
    expect(totals.get(2)).toEqual({ ...noFigures(), members: 5, full: 4, probationary: 1, applicant: 2 });
    expect(totals.get(4)).toEqual({ ...noFigures(), members: 1, full: 1, floating: 1 });
    expect(totals.get(1)).toEqual({
      members: 6,
      full: 5,
      probationary: 1,
      applicant: 2,
      activist: 0,
      candidate: 0,
      floating: 1,
      volunteerHours: 0,
    });
  });

  it("adds volunteer minutes to each unit and its ancestors as whole hours, and no sibling's", () => {
    const totals = addVolunteerHours(subtreeFigures(units, []), units, [
      { unitId: 3, minutes: 90 },
      { unitId: '2', minutes: BigInt(50) },
      { unitId: 4, minutes: 59 },
      { unitId: 99, minutes: 600 },
    ]);
    // 3: 90 min -> 1 h; 2: 50 + 90 = 140 min -> 2 h; 4: 59 min -> 0 h; 1: 199 min -> 3 h; 99 is not on the map.
    expect([1, 2, 3, 4].map((id) => totals.get(id)?.volunteerHours)).toEqual([3, 2, 1, 0]);
  });

  it('counts nothing for a unit not on the map, and starts every unit on it at zero', () => {
    const totals = subtreeFigures(units.slice(1, 3), [group(1, 'full', 'active', 9), group(99, 'full', 'active', 9)]);
    expect([...totals.keys()]).toEqual([2, 3]);
    expect(totals.get(2)).toEqual(noFigures());
  });

  it('adds to the units of a subtree shown without the units above it', () => {
    const totals = subtreeFigures(units.slice(1, 3), [group(3, 'candidate', 'active', 2)]);
    expect(totals.get(2)?.candidate).toBe(2);
    expect(totals.has(1)).toBe(false);
  });
});

describe('the colour scale', () => {
  it('gives the least and greatest value of the figure for each kind, in the order kinds come', () => {
    const unit = (kind: string, members: number, full: number) => ({
      kind,
      figures: { ...noFigures(), members, full },
    });
    const scale = figureScale(
      [
        unit('municipality', 30, 20),
        unit('township', 12, 9),
        unit('township', 18, 11),
        unit('branch', 0, 0),
        unit('branch', 7, 5),
      ],
      'full',
    );
    expect(scale).toEqual([
      { kind: 'municipality', min: 20, max: 20 },
      { kind: 'township', min: 9, max: 11 },
      { kind: 'branch', min: 0, max: 5 },
    ]);
    expect(figureScale([], 'members')).toEqual([]);
  });
});
