// Small statistics for the soak's figures: the least-squares line through the memory samples, and percentiles.

export type Point = { x: number; y: number };
export type LinearFit = {
  /** Change of y per unit of x. */
  slope: number;
  intercept: number;
  /** Standard error of the slope as if the samples were independent. */
  slopeStdErr: number;
  /**
   * Lag-1 autocorrelation of the residuals (points taken in order of x). Memory sampled every few seconds is not
   * independent: a heap grows and is collected over many samples, so neighbours lie on the same side of the line.
   */
  residualAutocorrelation: number;
  /**
   * The standard error widened for that (effective sample size n(1-r)/(1+r), for r > 0): the slope is "flat within
   * noise" when it lies within about two of these of 0. Without it a long run's sawtooth reads as a trend.
   */
  slopeStdErrCorrected: number;
  /** Standard deviation of the samples around the line. */
  residualSd: number;
};

/** Ordinary least squares, y = intercept + slope * x. Needs three points with at least two distinct x. */
export function linearFit(points: Point[]): LinearFit {
  const n = points.length;
  if (n < 3) throw new Error(`a line through ${n} points says nothing about noise: need at least 3`);
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) throw new Error('all points share one x: no slope');
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const residuals = [...points].sort((a, b) => a.x - b.x).map((p) => p.y - (intercept + slope * p.x));
  const squaredResiduals = residuals.reduce((s, r) => s + r * r, 0);
  const variance = squaredResiduals / (n - 2);
  const slopeStdErr = Math.sqrt(variance / sxx);
  let lagged = 0;
  for (let i = 1; i < n; i++) lagged += (residuals[i] as number) * (residuals[i - 1] as number);
  const rho = squaredResiduals > 0 ? lagged / squaredResiduals : 0;
  // Clamped below 1: a residual that never crosses the line is a trend the line missed, not endless noise.
  const r = Math.min(Math.max(rho, 0), 0.95);
  return {
    slope,
    intercept,
    slopeStdErr,
    residualAutocorrelation: rho,
    slopeStdErrCorrected: slopeStdErr * Math.sqrt((1 + r) / (1 - r)),
    residualSd: Math.sqrt(variance),
  };
}

/** Whether a fitted slope is zero within noise: within two (autocorrelation-corrected) standard errors. */
export const flatWithinNoise = (fit: LinearFit) => Math.abs(fit.slope) <= 2 * fit.slopeStdErrCorrected;

/** Nearest-rank percentile of ascending values (p in 0..100). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}
