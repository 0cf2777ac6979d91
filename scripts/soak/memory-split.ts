// The soak's --memory-split summed up: for each part of the server's memory (the probe's split of V8's heap,
// external memory and the rest; the memory map's kinds of mapping), its range after the warm-up and the slope
// of its least-squares line, so a rise in RSS is put where it happens.
import { linearFit } from './stats';

export type PartSample = { minute: number; parts: Record<string, number> };

export function partSlopes(samples: PartSample[], warmupMinutes: number) {
  const after = samples.filter((s) => s.minute >= warmupMinutes);
  const names = [...new Set(after.flatMap((s) => Object.keys(s.parts)))];
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return Object.fromEntries(
    names.map((name) => {
      const points = after.map((s) => ({ x: s.minute, y: s.parts[name] ?? 0 }));
      const fit = points.length >= 3 ? linearFit(points) : undefined;
      return [
        name,
        {
          min: Math.min(...points.map((p) => p.y)),
          max: Math.max(...points.map((p) => p.y)),
          slopePerMinute: fit && round(fit.slope),
          slopeStdErrPerMinute: fit && round(fit.slopeStdErrCorrected),
        },
      ];
    }),
  );
}

const probeParts = ['rssMb', 'anonMb', 'fileMb', 'heapTotalMb', 'heapUsedMb', 'externalMb', 'outsideV8Mb'];

/** The probe's JSON lines (memory-probe.mjs) as part samples, in MB. */
export const probeSamples = (jsonLines: string): PartSample[] =>
  jsonLines
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const sample = JSON.parse(line) as Record<string, number>;
      return { minute: sample.minute as number, parts: Object.fromEntries(probeParts.map((p) => [p, sample[p] ?? 0])) };
    });
