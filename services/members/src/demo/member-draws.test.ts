// Drawn members must be people the registry's rules accept: a valid ID number agreeing with the birth date and
// gender, 18 or older on applying, the steps of their stage in order at the intervals the rules ask, none in the
// future, and no ID number twice. Checked over many draws of every kind of branch.
import { seededRandom } from '@strata/api';
import { memberStages } from '@strata/contract';
import { addMonths, dayNumber, dayText } from '@strata/i18n/days';
import { checkIdNumber } from '@strata/personal-data';
import { describe, expect, it } from 'vitest';
import { type BranchKind, branchKindOf, drawMember, IdNumbers } from './member-draws';

const today = '2026-12-02';
const kinds: BranchKind[] = ['village', 'school', 'clinic', 'enterprise', 'office', 'community'];
const plusMonths = (day: string, months: number) => dayText(addMonths(dayNumber(day), months));

describe('drawn members', () => {
  const random = seededRandom(7);
  const ids = new IdNumbers('420102');
  const drawn = Array.from({ length: 6_000 }, (_, i) =>
    drawMember(random, {
      kind: kinds[i % kinds.length] as BranchKind,
      unitName: '城关镇第一村支部',
      today,
      ids,
      serial: i,
    }),
  );

  it('carry valid, distinct ID numbers that agree with their birth date and gender', () => {
    for (const m of drawn) {
      expect(checkIdNumber(m.idNumber, today)).toEqual({
        ok: true,
        normalised: m.idNumber,
        birthDate: m.birthDate,
        gender: m.gender,
      });
    }
    expect(new Set(drawn.map((m) => m.idNumber)).size).toBe(drawn.length);
  });

  it('applied at 18 or older and took each step of their stage in order, at the intervals the rules ask', () => {
    for (const m of drawn) {
      expect(m.appliedOn >= plusMonths(m.birthDate, 18 * 12), m.name).toBe(true);
      const reached = memberStages.indexOf(m.stage);
      const days = [m.appliedOn, m.activistOn, m.candidateOn, m.probationaryOn, m.fullOn];
      for (const [i, day] of days.entries()) expect(day !== null, `${m.stage} step ${i}`).toBe(i <= reached);
      const taken = days.filter((d): d is string => d !== null);
      expect([...taken].sort()).toEqual(taken);
      expect(taken.every((d) => d <= today)).toBe(true);
      if (m.candidateOn) expect(m.candidateOn >= plusMonths(m.activistOn as string, 12)).toBe(true);
      if (m.probationaryOn) expect(m.probationEndsOn).toBe(plusMonths(m.probationaryOn, 12));
      if (m.fullOn) expect(m.fullOn >= (m.probationEndsOn as string)).toBe(true);
      expect(m.events.map((e) => e.value)).toEqual(memberStages.slice(0, reached + 1));
    }
  });

  it('have every stage, both genders and the occupations of their branch', () => {
    for (const stage of memberStages)
      expect(
        drawn.some((m) => m.stage === stage),
        stage,
      ).toBe(true);
    const full = drawn.filter((m) => m.stage === 'full').length / drawn.length;
    expect(full).toBeGreaterThan(0.75);
    expect(full).toBeLessThan(0.9);
    expect(
      drawn.filter((m) => m.occupation === 'retired').every((m) => m.birthDate <= plusMonths(today, -60 * 12)),
    ).toBe(true);
    expect(new Set(drawn.map((m) => m.gender))).toEqual(new Set(['male', 'female']));
  });

  it('are the same people for the same seed', () => {
    const again = (seed: number) =>
      drawMember(seededRandom(seed), {
        kind: 'office',
        unitName: '机关支部',
        today,
        ids: new IdNumbers('420102'),
        serial: 1,
      });
    expect(again(3)).toEqual(again(3));
    expect(again(3)).not.toEqual(again(4));
  });

  it('reads a branch kind from its name', () => {
    expect(branchKindOf('城关镇第一村支部')).toBe('village');
    expect(branchKindOf('城关镇学校支部')).toBe('school');
    expect(branchKindOf('城关镇卫生院支部')).toBe('clinic');
    expect(branchKindOf('城关镇企业联合支部')).toBe('enterprise');
    expect(branchKindOf('城关镇社区支部')).toBe('community');
    expect(branchKindOf('城关镇机关支部')).toBe('office');
  });
});
