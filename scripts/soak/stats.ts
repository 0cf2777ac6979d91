// Small statistics for the soak's figures: the least-squares line through the memory samples, and percentiles.

export type Point = { x: number; y: number };
export type LinearFit = {
  /** Change of y per unit of x. */
  slope: number;
  intercept: number;
  /** Standard error of the slope: the slope is "flat within noise" when it lies within about two of these of 0. */
  slopeStdErr: number;
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
  const squaredResiduals = points.reduce((s, p) => s + (p.y - (intercept + slope * p.x)) ** 2, 0);
  const variance = squaredResiduals / (n - 2);
  return { slope, intercept, slopeStdErr: Math.sqrt(variance / sxx), residualSd: Math.sqrt(variance) };
}

/** Nearest-rank percentile of ascending values (p in 0..100). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}
