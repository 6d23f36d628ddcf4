/** @module Test fixture: series with a known generating process (seeded), for the forecast and signal tests. */

/** A seeded uniform generator on [0, 1) (mulberry32). */
export function seededUniform(seed: number): () => number {
  let state = seed >>> 0;
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seeded standard normal draws (Box–Muller). */
export function seededNormal(seed: number): () => number {
  const uniform = seededUniform(seed);
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A local-level series: a random walk (sd `walk`) observed with noise (sd `noise`) around `start`. */
export function localLevelSeries(n: number, seed: number, start = 100, walk = 2, noise = 4): number[] {
  const draw = seededNormal(seed);
  let level = start;
  const out: number[] = [];
  for (let t = 0; t < n; t++) {
    level += walk * draw();
    out.push(level + noise * draw());
  }
  return out;
}

/** A monthly series: level 200, a fixed seasonal pattern (amplitude 30) and white noise (sd `noise`). */
export function seasonalSeries(n: number, seed: number, noise = 8): number[] {
  const draw = seededNormal(seed);
  return Array.from({ length: n }, (_, t) => 200 + 30 * Math.sin((2 * Math.PI * t) / 12) + noise * draw());
}

/**
 * An ARIMA(1,d,1) series: w_t = φ w_{t−1} + e_t + θ e_{t−1} around `mean` (sd 1 errors × `sd`), summed `d` times
 * (0 or 1) from `start`; the first 100 values are burnt to forget the zero start.
 */
export function arimaSeries(
  n: number,
  seed: number,
  options: { phi?: number; theta?: number; d?: number; mean?: number; sd?: number; start?: number },
): number[] {
  const { phi = 0, theta = 0, d = 0, mean = 0, sd = 1, start = 100 } = options;
  const draw = seededNormal(seed);
  let w = 0;
  let previousError = 0;
  let level = start;
  const out: number[] = [];
  for (let t = -100; t < n; t++) {
    const e = sd * draw();
    w = phi * w + e + theta * previousError;
    previousError = e;
    if (t < 0) continue;
    level += mean + w;
    out.push(d === 1 ? level : mean + w);
  }
  return out;
}
