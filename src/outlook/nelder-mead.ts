/** @module Nelder–Mead simplex minimiser (derivative-free), used to fit ARIMA coefficients in their unconstrained parametrisation. */

export interface MinimiseOptions {
  /** Side of the starting simplex along each axis. */
  readonly step?: number;
  /** Stop when the simplex's best and worst values differ by less than this (relative to the best, plus 1e-12). */
  readonly tolerance?: number;
  /** Stop after this many evaluations of f. */
  readonly maxEvaluations?: number;
}

export interface Minimum {
  readonly x: number[];
  readonly value: number;
  readonly evaluations: number;
}

/**
 * Minimises f from x0 with the standard coefficients (reflection 1, expansion 2, contraction ½, shrink ½;
 * Lagarias et al. 1998). f may return +∞ for points outside its domain; they are simply never kept.
 */
export function nelderMead(
  f: (x: readonly number[]) => number,
  x0: readonly number[],
  options: MinimiseOptions = {},
): Minimum {
  const dim = x0.length;
  const step = options.step ?? 0.5;
  const tolerance = options.tolerance ?? 1e-9;
  const maxEvaluations = options.maxEvaluations ?? 200 * Math.max(1, dim);
  let evaluations = 0;
  const evaluate = (x: number[]): { x: number[]; value: number } => {
    evaluations++;
    const value = f(x);
    return { x, value: Number.isNaN(value) ? Number.POSITIVE_INFINITY : value };
  };
  if (dim === 0) {
    const only = evaluate([]);
    return { ...only, evaluations };
  }
  const simplex = [evaluate([...x0])];
  for (let i = 0; i < dim; i++) simplex.push(evaluate(x0.map((v, j) => (j === i ? v + step : v))));
  const along = (from: readonly number[], to: readonly number[], t: number): number[] =>
    from.map((v, j) => v + t * ((to[j] ?? 0) - v));
  for (;;) {
    simplex.sort((a, b) => a.value - b.value);
    const best = simplex[0] as { x: number[]; value: number };
    const worst = simplex[dim] as { x: number[]; value: number };
    const second = simplex[dim - 1] as { x: number[]; value: number };
    if (evaluations >= maxEvaluations) break;
    if (
      Number.isFinite(worst.value) &&
      worst.value - best.value <= tolerance * (Math.abs(best.value) + 1e-12)
    )
      break;
    // Centroid of all points but the worst.
    const centroid = new Array<number>(dim).fill(0);
    for (let k = 0; k < dim; k++)
      for (let j = 0; j < dim; j++) centroid[j] = (centroid[j] ?? 0) + (simplex[k]?.x[j] ?? 0) / dim;
    const reflected = evaluate(along(worst.x, centroid, 2));
    if (reflected.value < best.value) {
      const expanded = evaluate(along(worst.x, centroid, 3));
      simplex[dim] = expanded.value < reflected.value ? expanded : reflected;
    } else if (reflected.value < second.value) {
      simplex[dim] = reflected;
    } else {
      // Contract towards the better of the worst point and its reflection.
      const outside = reflected.value < worst.value;
      const contracted = evaluate(along(worst.x, centroid, outside ? 1.5 : 0.5));
      if (contracted.value < (outside ? reflected.value : worst.value)) simplex[dim] = contracted;
      else for (let k = 1; k <= dim; k++) simplex[k] = evaluate(along(best.x, simplex[k]?.x ?? best.x, 0.5));
    }
  }
  const best = simplex[0] as { x: number[]; value: number };
  return { x: best.x, value: best.value, evaluations };
}
