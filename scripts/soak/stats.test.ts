import { describe, expect, it } from 'vitest';
import { flatWithinNoise, linearFit, percentile } from './stats';

describe('linearFit', () => {
  it('finds an exact line with no noise', () => {
    const fit = linearFit([0, 1, 2, 3, 4].map((x) => ({ x, y: 100 + 2.5 * x })));
    expect(fit.slope).toBeCloseTo(2.5, 10);
    expect(fit.intercept).toBeCloseTo(100, 10);
    expect(fit.slopeStdErr).toBeCloseTo(0, 10);
    expect(fit.residualSd).toBeCloseTo(0, 10);
  });

  it('sees no slope in noise around a flat level, and says how uncertain that is', () => {
    // Alternating +-1 around 150: flat, with a residual spread of about 1.
    const fit = linearFit(Array.from({ length: 10 }, (_, x) => ({ x, y: 150 + (x % 2 ? 1 : -1) })));
    expect(Math.abs(fit.slope)).toBeLessThan(2 * fit.slopeStdErr);
    expect(fit.residualSd).toBeGreaterThan(0.9);
    expect(fit.residualSd).toBeLessThan(1.2);
  });

  it('sees a real leak through the noise', () => {
    const fit = linearFit(Array.from({ length: 30 }, (_, x) => ({ x, y: 150 + 0.5 * x + (x % 2 ? 1 : -1) })));
    expect(fit.slope).toBeCloseTo(0.5, 1);
    expect(fit.slope).toBeGreaterThan(5 * fit.slopeStdErr);
  });

  it('does not read a slow sawtooth around a flat level as a trend: neighbouring samples are not independent', () => {
    // A heap that grows for 20 samples and is collected, two and a half times: flat, but the last stretch leans.
    const points = Array.from({ length: 40 }, (_, x) => ({ x, y: 150 + (x % 20) * 0.4 }));
    const fit = linearFit(points);
    expect(fit.residualAutocorrelation).toBeGreaterThan(0.5);
    expect(Math.abs(fit.slope)).toBeGreaterThan(2 * fit.slopeStdErr);
    expect(flatWithinNoise(fit)).toBe(true);
  });

  it('still sees a real leak under the same sawtooth', () => {
    const points = Array.from({ length: 40 }, (_, x) => ({ x, y: 150 + (x % 20) * 0.4 + 0.3 * x }));
    const fit = linearFit(points);
    expect(fit.slope).toBeGreaterThan(0.3);
    expect(flatWithinNoise(fit)).toBe(false);
  });

  it('leaves independent noise as it is: no correction without autocorrelation', () => {
    const fit = linearFit(Array.from({ length: 10 }, (_, x) => ({ x, y: 150 + (x % 2 ? 1 : -1) })));
    expect(fit.residualAutocorrelation).toBeLessThan(0);
    expect(fit.slopeStdErrCorrected).toBe(fit.slopeStdErr);
  });

  it('refuses too few points and a single x', () => {
    expect(() =>
      linearFit([
        { x: 0, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toThrow(/at least 3/);
    expect(() => linearFit([1, 2, 3].map((y) => ({ x: 5, y })))).toThrow(/one x/);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});
